import { contestsApi } from "../../api";
import { el, verdictClass, verdictLabel } from "../../dom";
import { localTime } from "./contestTime";

/** Every participant's submits in a contest (instructors), with the grade export. */
export async function contestSubmissionsPage(root: HTMLElement, id: number): Promise<void> {
  const [contest, submissions] = await Promise.all([contestsApi.get(id), contestsApi.submissions(id)]);
  root.replaceChildren(el("div", { class: "page" },
    el("div", { class: "page-head" }, el("h1", {}, `${contest.title}: submissions`),
      el("a", { class: "button-link", href: contestsApi.exportUrl(id), download: `contest-${id}.csv` }, "Download CSV"),
      el("a", { href: `#/contests/${id}` }, "Back to the contest")),
    el("div", { class: "table-scroll" }, el("table", { class: "grid", "data-testid": "contest-submission-list" },
      el("thead", {}, el("tr", {}, el("th", {}, "#"), el("th", {}, "User"), el("th", {}, "Problem"), el("th", {}, "Verdict"),
        el("th", {}, "Hidden passed"), el("th", {}, "Submitted"))),
      el("tbody", {}, ...submissions.map(s => el("tr", {},
        el("td", {}, el("a", { href: `#/submissions/${s.id}` }, String(s.id))), el("td", {}, s.username), el("td", {}, s.problemId),
        el("td", { class: `verdict ${verdictClass(s.verdict)}` }, verdictLabel(s.verdict)),
        el("td", {}, s.hiddenTotal ? `${s.hiddenPassed} / ${s.hiddenTotal}` : "–"),
        el("td", {}, `${localTime(s.createdAt)}${s.late ? " (late)" : ""}`))))))));
}
