import { api } from "../api";
import { CodeEditor } from "../components/editor";
import { el, formatDate, formatTime, verdictClass, verdictLabel } from "../dom";
import { session } from "../session";
import { submissionTable } from "./problemPage";

export async function submissionPage(root: HTMLElement, id: number, cleanup: (f: () => void) => void): Promise<void> {
  const s = await api.submission(id);
  const sourceHost = el("div", { class: "editor-host readonly" });
  const rejudge = session.isInstructor ? el("button", { class: "secondary", "data-testid": "rejudge" }, "Rejudge") : null;
  rejudge?.addEventListener("click", async () => {
    await api.rejudge(id);
    location.hash = `#/submissions/${id}?t=${Date.now()}`;
  });
  root.replaceChildren(el("div", { class: "page" },
    el("div", { class: "page-head" }, el("h1", {}, `Submission ${s.id}`),
      el("span", { class: `pill big ${verdictClass(s.verdict)}`, "data-testid": "submission-verdict" }, s.verdict ? verdictLabel(s.verdict) : s.status), rejudge),
    el("p", { class: "muted" }, `${s.username} · `, el("a", { href: `#/problems/${s.problemId}` }, s.problemId),
      ` · ${s.kind} · ${formatDate(s.createdAt)} · ${s.passed ?? 0}/${s.total ?? 0} tests · ${formatTime(s.timeMs)} · ${s.isolation ?? ""}`),
    s.problemHash ? el("p", { class: "muted", "data-testid": "problem-hash", title: s.problemHash },
      `Judged against problem version ${s.problemHash.slice(0, 12)}`) : null,
    s.message ? el("p", { class: "message" }, s.message) : null,
    s.diagnostics.length ? el("ul", { class: "diagnostics" }, ...s.diagnostics.map(d => el("li", {}, `line ${d.line}, col ${d.column}: ${d.message}`))) : null,
    sourceHost,
    el("table", { class: "grid" },
      el("thead", {}, el("tr", {}, el("th", {}, "#"), el("th", {}, "Test"), el("th", {}, "Verdict"), el("th", {}, "Time"), el("th", {}, "Message"))),
      el("tbody", {}, ...s.tests.map(t => el("tr", {},
        el("td", {}, String(t.index + 1)), el("td", {}, t.name + (t.isSample ? " (sample)" : "")),
        el("td", {}, el("span", { class: `pill ${verdictClass(t.verdict)}` }, verdictLabel(t.verdict))),
        el("td", {}, formatTime(t.timeMs)), el("td", {}, t.message ?? "")))))));
  const viewer = new CodeEditor(sourceHost, s.source, null, true);
  viewer.setDiagnostics(s.diagnostics);
  cleanup(() => viewer.dispose());
}

export async function submissionsPage(root: HTMLElement): Promise<void> {
  if (!session.user) {
    root.replaceChildren(el("div", { class: "page" }, el("p", {}, "Log in to see submissions.")));
    return;
  }
  const rows = await api.submissions({ mine: !session.isInstructor });
  root.replaceChildren(el("div", { class: "page" },
    el("div", { class: "page-head" }, el("h1", {}, session.isInstructor ? "All submissions" : "My submissions")),
    submissionTable(rows, session.isInstructor)));
}
