import { contestsApi } from "../../api";
import { el, verdictClass, verdictLabel } from "../../dom";
import { t } from "../../i18n";
import { localTime } from "./contestTime";

/** Every participant's submits in a contest (instructors), with the grade export. */
export async function contestSubmissionsPage(root: HTMLElement, id: number): Promise<void> {
  const [contest, submissions] = await Promise.all([contestsApi.get(id), contestsApi.submissions(id)]);
  root.replaceChildren(el("div", { class: "page" },
    el("div", { class: "page-head" }, el("h1", {}, t("contest.submissionsTitle", { title: contest.title })),
      el("a", { class: "button-link", href: contestsApi.exportUrl(id), download: `contest-${id}.csv` }, t("common.downloadCsv")),
      el("a", { href: `#/contests/${id}` }, t("contest.back"))),
    el("div", { class: "table-scroll" }, el("table", { class: "grid", "data-testid": "contest-submission-list" },
      el("thead", {}, el("tr", {}, el("th", {}, t("col.number")), el("th", {}, t("col.user")), el("th", {}, t("col.problem")), el("th", {}, t("col.verdict")),
        el("th", {}, t("col.hiddenPassed")), el("th", {}, t("col.submitted")))),
      el("tbody", {}, ...submissions.map(s => el("tr", {},
        el("td", {}, el("a", { href: `#/submissions/${s.id}` }, String(s.id))), el("td", {}, s.username), el("td", {}, s.problemId),
        el("td", { class: `verdict ${verdictClass(s.verdict)}` }, verdictLabel(s.verdict)),
        el("td", {}, s.hiddenTotal ? `${s.hiddenPassed} / ${s.hiddenTotal}` : "–"),
        el("td", {}, `${localTime(s.createdAt)}${s.late ? t("contest.late") : ""}`))))))));
}
