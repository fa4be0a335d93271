import { api } from "../api";
import { el, formatDate } from "../dom";
import { followLeaderboard } from "../hub";
import { locale, t } from "../i18n";

/** Standings that refresh themselves whenever someone's Accepted changes them. */
export async function leaderboardPage(root: HTMLElement, cleanup: (f: () => void) => void): Promise<void> {
  const body = el("tbody", { "data-testid": "standings" });
  const updated = el("span", { class: "muted", "data-testid": "leaderboard-updated" });
  const refresh = async () => {
    const rows = await api.leaderboard();
    body.replaceChildren(...rows.map(r => el("tr", { "data-user": r.username },
      el("td", {}, String(r.rank)), el("td", {}, r.username), el("td", {}, String(r.solved)),
      el("td", {}, String(r.penaltyMinutes)), el("td", {}, formatDate(r.lastAcceptedAt)))));
    if (rows.length === 0) body.append(el("tr", {}, el("td", { colspan: "5", class: "muted" }, t("leaderboard.empty"))));
    updated.textContent = t("leaderboard.updated", { time: new Date().toLocaleTimeString(locale()) });
  };
  await refresh();
  root.replaceChildren(el("div", { class: "page" },
    el("div", { class: "page-head" }, el("h1", {}, t("nav.leaderboard")), updated),
    el("p", { class: "muted" }, t("leaderboard.rules")),
    el("table", { class: "grid" },
      el("thead", {}, el("tr", {}, el("th", {}, t("col.rank")), el("th", {}, t("col.user")), el("th", {}, t("col.solved")), el("th", {}, t("col.penalty")), el("th", {}, t("col.lastAccepted")))),
      body)));
  try {
    cleanup(await followLeaderboard(() => void refresh()));
  } catch {
    updated.textContent += ` ${t("common.liveUnavailable")}`;
  }
}
