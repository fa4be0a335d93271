import { contestsApi, type ContestSummary } from "../../api";
import { el } from "../../dom";
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
      el("span", { class: "muted" }, `${c.scoring === "Icpc" ? "ICPC" : "points"} · ${c.participants} joined${c.requiresCode ? " · code" : ""}${c.joined ? " · joined" : ""}`))));
  root.replaceChildren(el("div", { class: "page" },
    el("div", { class: "page-head" }, el("h1", {}, "Contests"), el("span", { class: "muted" }, `times in ${timeZone}`),
      session.isInstructor ? el("a", { class: "button-link primary", href: "#/contests/new", "data-testid": "new-contest" }, "New contest") : null),
    !session.user ? el("p", { class: "muted" }, "Log in to see contests and assignments.") : null,
    section("Running", contests.filter(c => c.phase === "Running" || c.phase === "Late")),
    section("Upcoming", contests.filter(c => c.phase === "Upcoming")),
    section("Past", contests.filter(c => c.phase === "Ended")),
    session.user && contests.length === 0 ? el("p", { class: "muted" }, "No contests yet.") : null));
}
