import { api, ApiError, contestsApi, type ProblemDetail, type SubmissionSummary } from "../api";
import { CodeEditor } from "../components/editor";
import { ProgressPanel } from "../components/progressPanel";
import { clear, el, formatDate, formatTime, json, verdictClass, verdictLabel } from "../dom";
import { follow } from "../hub";
import { renderMarkdown } from "../markdown";
import { session } from "../session";
import { customInputTab } from "./customInputTab";
import { loadSolutions } from "./solutionsTab";

/** Statement on the left; editor, Run/Submit and the live result on the right. */
export async function problemPage(root: HTMLElement, id: string, cleanup: (f: () => void) => void, contestId?: number): Promise<void> {
  const problem = await api.problem(id);
  // Opened from a contest: submits count there (the server decides whether the contest still takes them).
  const contestBanner = contestId === undefined ? null
    : el("p", { class: "contest-banner", "data-testid": "contest-banner" }, "Submitting for ", el("a", { href: `#/contests/${contestId}` }, "the contest"),
      " · practise outside it from ", el("a", { href: `#/problems/${encodeURIComponent(id)}` }, "the problem list"));
  const statement = el("article", { class: "statement markdown", "data-testid": "statement" });
  statement.innerHTML = renderMarkdown(problem.statement); // rendered by markdown-it with html disabled
  const history = el("div", { class: "history" });
  const fastest = el("div", { class: "fastest" });
  const custom = customInputTab(problem, () => editor.value, cleanup);
  const solutions = el("div", { class: "solutions" });
  const tabs = tabView([["Statement", statement], ["Custom input", custom], ["My submissions", history], ["Fastest", fastest], ["Solutions", solutions]], name => {
    if (name === "Solutions") void loadSolutions(solutions, problem.id);
    if (name === "My submissions") void loadHistory(history, problem.id);
    if (name === "Fastest") void loadFastest(fastest, problem.id);
  });

  const editorHost = el("div", { class: "editor-host", "data-testid": "editor" });
  const runButton = el("button", { class: "secondary", "data-testid": "run", title: "Ctrl+Shift+Enter" }, "Run samples");
  const submitButton = el("button", { class: "primary", "data-testid": "submit", title: "Ctrl+Enter" }, "Submit");
  const resetButton = el("button", { class: "ghost", "data-testid": "reset" }, "Reset");
  const loginHint = el("span", { class: "muted" });
  const left = el("section", { class: "pane left" },
    contestBanner,
    el("div", { class: "problem-head" },
      el("h1", {}, problem.title), el("p", { class: "muted" }, problem.titleZh),
      el("div", { class: "meta" }, el("span", { class: `difficulty ${problem.difficulty}` }, problem.difficulty),
        ...problem.tags.map(t => el("span", { class: "tag" }, t)),
        el("span", { class: "muted" }, `${problem.limits.timeMs} ms · ${problem.limits.memoryMb} MB · checker: ${problem.checker} · ${problem.hiddenTestCount} hidden tests`))),
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
    loginHint.textContent = signedIn ? "" : "Log in to run and submit.";
  };
  updateAuth();
  cleanup(session.onChange(updateAuth));

  resetButton.addEventListener("click", () => {
    if (confirm("Replace your code with the starter code?")) editor.value = problem.starterCode;
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
  return el("section", { class: "samples" }, el("h3", {}, "Samples"),
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
    into.replaceChildren(el("p", { class: "muted" }, "Log in to see your submissions."));
    return;
  }
  const rows = await api.submissions({ problemId, mine: true });
  clear(into);
  into.append(submissionTable(rows));
}

export function submissionTable(rows: SubmissionSummary[], showUser = false): HTMLElement {
  if (rows.length === 0) return el("p", { class: "muted" }, "No submissions yet.");
  return el("table", { class: "grid" },
    el("thead", {}, el("tr", {}, el("th", {}, "#"), showUser ? el("th", {}, "User") : null, el("th", {}, "Problem"), el("th", {}, "Kind"),
      el("th", {}, "Verdict"), el("th", {}, "Tests"), el("th", {}, "Time"), el("th", {}, "When"))),
    el("tbody", {}, ...rows.map(r => el("tr", {},
      el("td", {}, el("a", { href: `#/submissions/${r.id}` }, String(r.id))),
      showUser ? el("td", {}, r.username) : null,
      el("td", {}, el("a", { href: `#/problems/${r.problemId}` }, r.problemId)),
      el("td", {}, r.kind),
      el("td", {}, el("span", { class: `pill ${verdictClass(r.verdict)}` }, r.verdict ? verdictLabel(r.verdict) : r.status)),
      el("td", {}, r.total ? `${r.passed ?? 0}/${r.total}` : "–"),
      el("td", {}, formatTime(r.timeMs)),
      el("td", {}, formatDate(r.createdAt))))));
}

async function loadFastest(into: HTMLElement, problemId: string): Promise<void> {
  const rows = await api.fastest(problemId);
  into.replaceChildren(rows.length === 0 ? el("p", { class: "muted" }, "Nobody has solved this yet.") : el("table", { class: "grid" },
    el("thead", {}, el("tr", {}, el("th", {}, "Rank"), el("th", {}, "User"), el("th", {}, "Time"), el("th", {}, "Accepted"))),
    el("tbody", {}, ...rows.map(r => el("tr", {}, el("td", {}, String(r.rank)), el("td", {}, r.username), el("td", {}, formatTime(r.timeMs)), el("td", {}, formatDate(r.acceptedAt)))))));
}
