import { api } from "../api";
import { CodeEditor } from "../components/editor";
import { el, formatDate, formatTime, statusLabel, verdictClass, verdictLabel } from "../dom";
import { t } from "../i18n";
import { session } from "../session";
import { submissionTable } from "./problemPage";

export async function submissionPage(root: HTMLElement, id: number, cleanup: (f: () => void) => void): Promise<void> {
  const s = await api.submission(id);
  const sourceHost = el("div", { class: "editor-host readonly" });
  const rejudge = session.isInstructor ? el("button", { class: "secondary", "data-testid": "rejudge" }, t("submission.rejudge")) : null;
  rejudge?.addEventListener("click", async () => {
    await api.rejudge(id);
    location.hash = `#/submissions/${id}?t=${Date.now()}`;
  });
  root.replaceChildren(el("div", { class: "page" },
    el("div", { class: "page-head" }, el("h1", {}, t("submission.title", { id: s.id })),
      el("span", { class: `pill big ${verdictClass(s.verdict)}`, "data-testid": "submission-verdict" }, s.verdict ? verdictLabel(s.verdict) : statusLabel(s.status)), rejudge),
    el("p", { class: "muted" }, `${s.username} · `, el("a", { href: `#/problems/${s.problemId}` }, s.problemId),
      ` · ${t(s.kind === "run" ? "kind.run" : "kind.submit")} · ${formatDate(s.createdAt)} · ${t("submission.tests", { passed: s.passed ?? 0, total: s.total ?? 0 })}`,
      ` · ${formatTime(s.timeMs)} · ${s.isolation ?? ""}`),
    s.problemHash ? el("p", { class: "muted", "data-testid": "problem-hash", title: s.problemHash },
      t("submission.hash", { hash: s.problemHash.slice(0, 12) })) : null,
    s.message ? el("p", { class: "message" }, s.message) : null,
    s.diagnostics.length ? el("ul", { class: "diagnostics" }, ...s.diagnostics.map(d => el("li", {}, `${t("panel.position", { line: d.line, column: d.column })}: ${d.message}`))) : null,
    sourceHost,
    el("table", { class: "grid" },
      el("thead", {}, el("tr", {}, el("th", {}, t("col.number")), el("th", {}, t("col.test")), el("th", {}, t("col.verdict")), el("th", {}, t("col.time")), el("th", {}, t("col.message")))),
      el("tbody", {}, ...s.tests.map(test => el("tr", {},
        el("td", {}, String(test.index + 1)), el("td", {}, test.name + (test.isSample ? t("submission.sample") : "")),
        el("td", {}, el("span", { class: `pill ${verdictClass(test.verdict)}` }, verdictLabel(test.verdict))),
        el("td", {}, formatTime(test.timeMs)), el("td", {}, test.message ?? "")))))));
  const viewer = new CodeEditor(sourceHost, s.source, null, true);
  viewer.setDiagnostics(s.diagnostics);
  cleanup(() => viewer.dispose());
}

export async function submissionsPage(root: HTMLElement): Promise<void> {
  if (!session.user) {
    root.replaceChildren(el("div", { class: "page" }, el("p", {}, t("submission.loginToSee"))));
    return;
  }
  const rows = await api.submissions({ mine: !session.isInstructor });
  root.replaceChildren(el("div", { class: "page" },
    el("div", { class: "page-head" }, el("h1", {}, t(session.isInstructor ? "submission.all" : "submission.mine"))),
    submissionTable(rows, session.isInstructor)));
}
