import type { Diagnostic, TestResult } from "../api";
import type { VerdictEvent } from "../hub";
import { clear, el, formatTime, json, statusLabel, verdictClass, verdictLabel } from "../dom";
import { language, t } from "../i18n";

/**
 * The live result of a run or submission: one cell per test, reserved up front so nothing jumps while
 * results stream in; then the final verdict and details of what failed.
 */
export class ProgressPanel {
  readonly element: HTMLElement;
  private readonly header: HTMLElement;
  private readonly cells: HTMLElement;
  private readonly details: HTMLElement;
  private readonly seen = new Set<number>();

  constructor(private readonly onDiagnostics: (diagnostics: Diagnostic[]) => void) {
    this.header = el("div", { class: "verdict-banner pending", "data-testid": "verdict" }, t("panel.ready"));
    this.cells = el("div", { class: "test-cells", "data-testid": "test-cells" });
    this.details = el("div", { class: "test-details" });
    this.element = el("section", { class: "progress-panel" }, this.header, this.cells, this.details);
  }

  start(kind: "run" | "submit", total: number): void {
    this.seen.clear();
    this.header.removeAttribute("data-verdict");
    clear(this.cells);
    clear(this.details);
    this.onDiagnostics([]);
    for (let i = 0; i < total; i++) this.cells.append(el("span", { class: "cell pending", title: t("panel.test", { n: i + 1 }), "data-index": String(i) }, String(i + 1)));
    this.setBanner("pending", kind === "run" ? t("panel.runningSamples") : t("panel.queued"));
  }

  status(status: string): void {
    if (this.header.classList.contains("pending")) this.setBanner("pending", t("panel.status", { status: statusLabel(status) }));
  }

  test(result: TestResult): void {
    if (this.seen.has(result.index)) return; // a replay after (re)subscribing
    this.seen.add(result.index);
    let cell = this.cells.querySelector<HTMLElement>(`[data-index="${result.index}"]`);
    if (!cell) {
      cell = el("span", { class: "cell", "data-index": String(result.index) }, String(result.index + 1));
      this.cells.append(cell);
    }
    cell.className = `cell ${verdictClass(result.verdict)}`;
    // Students get no per-test times in a submit (a covert channel for hidden inputs); only the slowest test's.
    cell.title = result.timeMs === null ? `${result.name}: ${verdictLabel(result.verdict)}` : `${result.name}: ${verdictLabel(result.verdict)} (${formatTime(result.timeMs)})`;
    cell.setAttribute("data-verdict", result.verdict);
    if (result.verdict !== "Accepted") this.details.append(this.failure(result));
  }

  verdict(verdict: VerdictEvent): void {
    const text = t("panel.summary", { verdict: verdictLabel(verdict.verdict), passed: verdict.passed, total: verdict.total, time: formatTime(verdict.maxTimeMs) });
    this.setBanner(verdictClass(verdict.verdict), text);
    this.header.setAttribute("data-verdict", verdict.verdict);
    // Tests never run (after a fatal verdict) stay grey and say so.
    this.cells.querySelectorAll<HTMLElement>(".cell.pending").forEach(c => { c.className = "cell skipped"; c.title = t("panel.notRun"); });
    if (verdict.diagnostics?.length) {
      this.onDiagnostics(verdict.diagnostics);
      this.details.prepend(el("div", { class: "diagnostics", "data-testid": "diagnostics" },
        el("h4", {}, t("panel.compilationErrors")),
        el("ul", {}, ...verdict.diagnostics.map(d => el("li", {}, el("code", {}, t("panel.position", { line: d.line, column: d.column })), " ", d.message)))));
    } else if (verdict.message && verdict.verdict !== "Accepted" && this.details.childElementCount === 0) {
      this.details.append(el("p", { class: "message" }, verdict.message));
    }
    // The hint in the interface's language only (the Chinese one when the instructor wrote it).
    if (verdict.diagnosis) {
      const chinese = language() === "zh" && !!verdict.diagnosis.hintZh;
      this.details.prepend(el("div", { class: "diagnosis", "data-testid": "diagnosis", "data-mistake": verdict.diagnosis.mistakeId },
        el("h4", {}, t("panel.commonMistake")),
        el("p", { lang: chinese ? "zh-CN" : "en" }, chinese ? verdict.diagnosis.hintZh : verdict.diagnosis.hintEn)));
    }
  }

  error(message: string): void {
    this.setBanner("bad", message);
  }

  private setBanner(kind: string, text: string): void {
    this.header.className = `verdict-banner ${kind}`;
    this.header.textContent = text;
  }

  private failure(result: TestResult): HTMLElement {
    const box = el("article", { class: "failure", "data-testid": "failure" },
      el("header", {}, el("strong", {}, result.name), " ", el("span", { class: `pill ${verdictClass(result.verdict)}` }, verdictLabel(result.verdict)),
        result.isSample ? "" : el("span", { class: "muted" }, t("panel.hiddenTest"))),
      result.message ? el("p", { class: "message" }, result.message) : null);
    if (result.isSample && result.input) {
      box.append(el("div", { class: "io" },
        el("div", {}, el("h5", {}, t("panel.input")), el("pre", {}, Object.entries(result.input).map(([k, v]) => `${k} = ${json(v)}`).join("\n"))),
        el("div", {}, el("h5", {}, t("panel.expected")), valueView(result.expected, result.mismatches?.expected)),
        el("div", {}, el("h5", {}, t("panel.got")), valueView(result.got, result.mismatches?.got, true))));
      if (result.mismatches?.truncated) box.append(el("p", { class: "muted", "data-testid": "mismatches-truncated" },
        t("panel.truncated", { n: result.mismatches.got.length })));
      if (result.stdout) box.append(el("div", {}, el("h5", {}, t("panel.console")), el("pre", {}, result.stdout)));
    }
    return box;
  }
}

/**
 * Renders a value and highlights the elements at `paths`: the ones the problem's checker found different, under
 * the problem's own tolerance ([] is the whole value, [2, 0] row 2 column 0).
 */
export function valueView(value: unknown, paths: number[][] | undefined, isGot = false): HTMLElement {
  const pre = el("pre", { class: "value" });
  const marked = new Set((paths ?? []).map(p => p.join(",")));
  const render = (v: unknown, path: number[], into: HTMLElement) => {
    if (marked.has(path.join(","))) {
      into.append(el("mark", { class: isGot ? "mismatch got" : "mismatch" }, json(v)));
    } else if (Array.isArray(v)) {
      into.append("[");
      v.forEach((item, i) => {
        if (i > 0) into.append(", ");
        render(item, [...path, i], into);
      });
      into.append("]");
    } else {
      into.append(json(v));
    }
  };
  render(value, [], pre);
  return pre;
}
