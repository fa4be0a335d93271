import { contestsApi, type ContestSummary } from "../../api";
import { el } from "../../dom";
import { t } from "../../i18n";
import { session } from "../../session";
import { localTime, phaseLabel, timeZone } from "./contestTime";

/** Contests grouped as running, upcoming and past. */
export async function contestListPage(root: HTMLElement): Promise<void> {
  const contests = session.user ? await contestsApi.list() : [];
  const section = (title: string, rows: ContestSummary[]) => rows.length === 0 ? null : el("section", { class: "contest-section" },
    el("h2", {}, title),
    ...rows.map(c => el("a", { class: "contest-row", href: `#/contests/${c.id}`, "data-testid": "contest-row", "data-contest": String(c.id) },
      el("strong", {}, c.title),
      el("span", { class: `phase ${c.phase.toLowerCase()}` }, phaseLabel(c.phase)),
      el("span", { class: "muted" }, `${localTime(c.startsAt)} – ${localTime(c.endsAt)}`),
      el("span", { class: "muted" }, `${t(c.scoring === "Icpc" ? "contest.list.icpc" : "contest.list.points")} · ${t("contest.list.joinedCount", { n: c.participants })}`
        + `${c.requiresCode ? t("contest.list.code") : ""}${c.joined ? t("contest.list.joined") : ""}`))));
  root.replaceChildren(el("div", { class: "page" },
    el("div", { class: "page-head" }, el("h1", {}, t("contest.list.title")), el("span", { class: "muted" }, t("contest.list.timesIn", { zone: timeZone })),
      session.isInstructor ? el("a", { class: "button-link primary", href: "#/contests/new", "data-testid": "new-contest" }, t("contest.list.new")) : null),
    !session.user ? el("p", { class: "muted" }, t("contest.list.login")) : null,
    section(t("contest.list.running"), contests.filter(c => c.phase === "Running" || c.phase === "Late")),
    section(t("contest.list.upcoming"), contests.filter(c => c.phase === "Upcoming")),
    section(t("contest.list.past"), contests.filter(c => c.phase === "Ended")),
    session.user && contests.length === 0 ? el("p", { class: "muted" }, t("contest.list.none")) : null));
}
