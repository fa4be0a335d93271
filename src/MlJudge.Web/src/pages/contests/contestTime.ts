import type { ContestPhase } from "../../api";
import { locale, t } from "../../i18n";

/** The viewer's time zone, shown next to every contest time (times are stored in UTC). */
export const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

export function localTime(iso: string | null): string {
  return iso ? new Date(iso).toLocaleString(locale(), { dateStyle: "medium", timeStyle: "short" }) : "–";
}

export function phaseLabel(phase: ContestPhase): string {
  return t(({ Upcoming: "contest.phase.Upcoming", Running: "contest.phase.Running", Late: "contest.phase.Late", Ended: "contest.phase.Ended" } as const)[phase]);
}

/** "2d 03:04:05" until (or since) a moment, from a clock corrected by the server's time. */
export function countdown(targetIso: string, offsetMs: number): string {
  let left = Math.max(0, new Date(targetIso).getTime() - (Date.now() + offsetMs));
  const days = Math.floor(left / 86_400_000);
  left -= days * 86_400_000;
  const pad = (n: number) => String(n).padStart(2, "0");
  const h = Math.floor(left / 3_600_000), m = Math.floor(left / 60_000) % 60, s = Math.floor(left / 1000) % 60;
  return `${days > 0 ? t("contest.days", { n: days }) : ""}${pad(h)}:${pad(m)}:${pad(s)}`;
}

/** A datetime-local input's value (viewer's local time) for an ISO instant, and back. */
export function toLocalInput(iso: string | null): string {
  if (!iso) return "";
  const d = new Date(iso);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

export function fromLocalInput(value: string): string | null {
  return value ? new Date(value).toISOString() : null;
}
