import { api, ApiError, contestsApi, type ProblemDetail, type SubmissionSummary } from "../api";
import { CodeEditor } from "../components/editor";
import { ProgressPanel } from "../components/progressPanel";
import { clear, el, formatDate, formatTime, json, statusLabel, verdictClass, verdictLabel } from "../dom";
import { follow } from "../hub";
import { language, pick, t } from "../i18n";
import { renderMarkdown } from "../markdown";
import { session } from "../session";
import { customInputTab } from "./customInputTab";
import { difficultyLabel } from "./problemList";
import { loadSolutions } from "./solutionsTab";

/** Statement on the left; editor, Run/Submit and the live result on the right. */
export async function problemPage(root: HTMLElement, id: string, cleanup: (f: () => void) => void, contestId?: number): Promise<void> {
  const problem = await api.problem(id);
  // Opened from a contest: submits count there (the server decides whether the contest still takes them).
  const contestBanner = contestId === undefined ? null
    : el("p", { class: "contest-banner", "data-testid": "contest-banner" }, t("problem.contestBefore"), el("a", { href: `#/contests/${contestId}` }, t("problem.contestLink")),
      t("problem.contestMiddle"), el("a", { href: `#/problems/${encodeURIComponent(id)}` }, t("problem.contestList")), t("problem.contestAfter"));
  // The statement in the chosen language; a problem without a Chinese one shows the English, and says so.
  const chinese = language() === "zh" && !!problem.statementZh;
  const statement = el("article", { class: "statement markdown", "data-testid": "statement", lang: chinese ? "zh-CN" : "en" });
  statement.innerHTML = renderMarkdown(pick(problem.statement, problem.statementZh)); // rendered by markdown-it with html disabled
  if (language() === "zh" && !chinese) statement.prepend(el("p", { class: "muted" }, t("problem.noChinese")));
  const history = el("div", { class: "history" });
  const fastest = el("div", { class: "fastest" });
  const custom = customInputTab(problem, () => editor.value, cleanup);
  const solutions = el("div", { class: "solutions" });
  const tabs = tabView([[t("tab.statement"), statement], [t("tab.custom"), custom], [t("tab.mine"), history], [t("tab.fastest"), fastest],
    [t("tab.solutions"), solutions]], name => {
    if (name === t("tab.solutions")) void loadSolutions(solutions, problem.id);
    if (name === t("tab.mine")) void loadHistory(history, problem.id);
    if (name === t("tab.fastest")) void loadFastest(fastest, problem.id);
  });

  const editorHost = el("div", { class: "editor-host", "data-testid": "editor" });
  const runButton = el("button", { class: "secondary", "data-testid": "run", title: "Ctrl+Shift+Enter" }, t("problem.run"));
  const submitButton = el("button", { class: "primary", "data-testid": "submit", title: "Ctrl+Enter" }, t("problem.submit"));
  const resetButton = el("button", { class: "ghost", "data-testid": "reset" }, t("problem.reset"));
  const loginHint = el("span", { class: "muted" });
  const left = el("section", { class: "pane left" },
    contestBanner,
    el("div", { class: "problem-head" },
      el("h1", { "data-testid": "problem-title" }, pick(problem.title, problem.titleZh)),
      el("div", { class: "meta" }, el("span", { class: `difficulty ${problem.difficulty}` }, difficultyLabel(problem.difficulty)),
        ...problem.tags.map(tag => el("span", { class: "tag" }, tag)),
        el("span", { class: "muted" }, t("problem.meta",
          { time: problem.limits.timeMs, memory: problem.limits.memoryMb, checker: problem.checker, hidden: problem.hiddenTestCount })))),
    el("pre", { class: "signature", "data-testid": "signature" }, problem.signature),
    tabs.element,
    samplesView(problem));
  const right = el("section", { class: "pane right" },
    el("div", { class: "toolbar" }, resetButton, loginHint, el("span", { class: "spacer" }), runButton, submitButton),
    editorHost);
  root.replaceChildren(el("div", { class: "workspace" }, left, right));

  const editor = new CodeEditor(editorHost, problem.starterCode, `mljudge:draft:${problem.id}`);
  const panel = new ProgressPanel(d => editor.setDiagnostics(d));
  right.append(panel.element);
  cleanup(() => editor.dispose());
  (window as unknown as { mljudgeEditor: CodeEditor }).mljudgeEditor = editor; // for browser tests and the console

  const updateAuth = () => {
    const signedIn = session.user !== null;
    runButton.disabled = submitButton.disabled = !signedIn;
    loginHint.textContent = signedIn ? "" : t("problem.loginToRun");
  };
  updateAuth();
  cleanup(session.onChange(updateAuth));

  resetButton.addEventListener("click", () => {
    if (confirm(t("problem.confirmReset"))) editor.value = problem.starterCode;
  });

  let stopFollowing: (() => void) | null = null;
  cleanup(() => stopFollowing?.());
  const judge = async (kind: "run" | "submit") => {
    if (!session.user || submitButton.disabled) return;
    runButton.disabled = submitButton.disabled = true;
    stopFollowing?.();
    const total = problem.samples.length + (kind === "submit" ? problem.hiddenTestCount : 0);
    panel.start(kind, total);
    try {
      const { id: submissionId } = kind === "run" ? await api.run(problem.id, editor.value)
        : contestId !== undefined ? await contestsApi.submit(contestId, problem.id, editor.value) : await api.submit(problem.id, editor.value);
      stopFollowing = await follow(submissionId, {
        status: s => panel.status(s),
        test: t => panel.test(t),
        verdict: v => {
          panel.verdict(v);
          runButton.disabled = submitButton.disabled = false;
          if (kind === "submit") void loadHistory(history, problem.id);
        },
      });
    } catch (e) {
      panel.error(e instanceof ApiError ? `${e.title}: ${e.detail || Object.values(e.errors).flat().join("; ")}` : String(e));
      runButton.disabled = submitButton.disabled = false;
    }
  };
  runButton.addEventListener("click", () => void judge("run"));
  submitButton.addEventListener("click", () => void judge("submit"));
  editor.onShortcut(CodeEditor.keys.submit, () => void judge("submit"));
  editor.onShortcut(CodeEditor.keys.run, () => void judge("run"));
}

function samplesView(problem: ProblemDetail): HTMLElement {
  return el("section", { class: "samples" }, el("h3", {}, t("problem.samples")),
    ...problem.samples.map(s => el("div", { class: "sample" },
      el("h5", {}, s.name),
      el("pre", {}, Object.entries(s.args).map(([k, v]) => `${k} = ${json(v)}`).join("\n")),
      el("pre", { class: "expected" }, `→ ${json(s.expected)}`))));
}

function tabView(tabs: [string, HTMLElement][], onShow: (name: string) => void) {
  const bar = el("div", { class: "tabs", role: "tablist" });
  const body = el("div", { class: "tab-body" });
  const show = (name: string) => {
    bar.querySelectorAll("button").forEach(b => b.classList.toggle("active", b.textContent === name));
    body.replaceChildren(tabs.find(([n]) => n === name)![1]);
    onShow(name);
  };
  for (const [name] of tabs) {
    const button = el("button", { role: "tab", "data-tab": name }, name);
    button.addEventListener("click", () => show(name));
    bar.append(button);
  }
  show(tabs[0][0]);
  return { element: el("div", {}, bar, body) };
}

async function loadHistory(into: HTMLElement, problemId: string): Promise<void> {
  if (!session.user) {
    into.replaceChildren(el("p", { class: "muted" }, t("problem.loginToSee")));
    return;
  }
  const rows = await api.submissions({ problemId, mine: true });
  clear(into);
  into.append(submissionTable(rows));
}

export function submissionTable(rows: SubmissionSummary[], showUser = false): HTMLElement {
  if (rows.length === 0) return el("p", { class: "muted" }, t("problem.noSubmissions"));
  return el("table", { class: "grid" },
    el("thead", {}, el("tr", {}, el("th", {}, t("col.number")), showUser ? el("th", {}, t("col.user")) : null, el("th", {}, t("col.problem")), el("th", {}, t("col.kind")),
      el("th", {}, t("col.verdict")), el("th", {}, t("col.tests")), el("th", {}, t("col.time")), el("th", {}, t("col.when")))),
    el("tbody", {}, ...rows.map(r => el("tr", {},
      el("td", {}, el("a", { href: `#/submissions/${r.id}` }, String(r.id))),
      showUser ? el("td", {}, r.username) : null,
      el("td", {}, el("a", { href: `#/problems/${r.problemId}` }, r.problemId)),
      el("td", {}, t(r.kind === "run" ? "kind.run" : "kind.submit")),
      el("td", {}, el("span", { class: `pill ${verdictClass(r.verdict)}` }, r.verdict ? verdictLabel(r.verdict) : statusLabel(r.status))),
      el("td", {}, r.total ? `${r.passed ?? 0}/${r.total}` : "–"),
      el("td", {}, formatTime(r.timeMs)),
      el("td", {}, formatDate(r.createdAt))))));
}

async function loadFastest(into: HTMLElement, problemId: string): Promise<void> {
  const rows = await api.fastest(problemId);
  into.replaceChildren(rows.length === 0 ? el("p", { class: "muted" }, t("problem.nobodySolved")) : el("table", { class: "grid" },
    el("thead", {}, el("tr", {}, el("th", {}, t("col.rank")), el("th", {}, t("col.user")), el("th", {}, t("col.time")), el("th", {}, t("col.accepted")))),
    el("tbody", {}, ...rows.map(r => el("tr", {}, el("td", {}, String(r.rank)), el("td", {}, r.username), el("td", {}, formatTime(r.timeMs)), el("td", {}, formatDate(r.acceptedAt)))))));
}
