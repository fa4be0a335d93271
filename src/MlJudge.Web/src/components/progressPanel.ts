import type { Diagnostic, TestResult } from "../api";
import type { VerdictEvent } from "../hub";
import { clear, el, formatTime, json, verdictClass, verdictLabel } from "../dom";

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
    this.header = el("div", { class: "verdict-banner pending", "data-testid": "verdict" }, "Ready");
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
    for (let i = 0; i < total; i++) this.cells.append(el("span", { class: "cell pending", title: `test ${i + 1}`, "data-index": String(i) }, String(i + 1)));
    this.setBanner("pending", kind === "run" ? "Running samples…" : "Queued…");
  }

  status(status: string): void {
    if (this.header.classList.contains("pending")) this.setBanner("pending", `${status}…`);
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
    const text = `${verdictLabel(verdict.verdict)} · ${verdict.passed}/${verdict.total} tests · slowest ${formatTime(verdict.maxTimeMs)}`;
    this.setBanner(verdictClass(verdict.verdict), text);
    this.header.setAttribute("data-verdict", verdict.verdict);
    // Tests never run (after a fatal verdict) stay grey and say so.
    this.cells.querySelectorAll<HTMLElement>(".cell.pending").forEach(c => { c.className = "cell skipped"; c.title = "not run"; });
    if (verdict.diagnostics?.length) {
      this.onDiagnostics(verdict.diagnostics);
      this.details.prepend(el("div", { class: "diagnostics", "data-testid": "diagnostics" },
        el("h4", {}, "Compilation errors"),
        el("ul", {}, ...verdict.diagnostics.map(d => el("li", {}, el("code", {}, `line ${d.line}, col ${d.column}`), " ", d.message)))));
    } else if (verdict.message && verdict.verdict !== "Accepted" && this.details.childElementCount === 0) {
      this.details.append(el("p", { class: "message" }, verdict.message));
    }
    // There is no language setting yet: the hint in English with the Chinese below it.
    if (verdict.diagnosis) {
      this.details.prepend(el("div", { class: "diagnosis", "data-testid": "diagnosis", "data-mistake": verdict.diagnosis.mistakeId },
        el("h4", {}, "This looks like a common mistake"),
        el("p", { lang: "en" }, verdict.diagnosis.hintEn),
        el("p", { lang: "zh" }, verdict.diagnosis.hintZh)));
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
        result.isSample ? "" : el("span", { class: "muted" }, " hidden test")),
      result.message ? el("p", { class: "message" }, result.message) : null);
    if (result.isSample && result.input) {
      box.append(el("div", { class: "io" },
        el("div", {}, el("h5", {}, "Input"), el("pre", {}, Object.entries(result.input).map(([k, v]) => `${k} = ${json(v)}`).join("\n"))),
        el("div", {}, el("h5", {}, "Expected"), valueView(result.expected, result.got)),
        el("div", {}, el("h5", {}, "Got"), valueView(result.got, result.expected, true))));
      if (result.stdout) box.append(el("div", {}, el("h5", {}, "Console output"), el("pre", {}, result.stdout)));
    }
    return box;
  }
}

/** Renders a value; elements that differ from the other side are highlighted. */
export function valueView(value: unknown, other: unknown, isGot = false): HTMLElement {
  const pre = el("pre", { class: "value" });
  const render = (v: unknown, o: unknown, into: HTMLElement) => {
    if (Array.isArray(v)) {
      into.append("[");
      v.forEach((item, i) => {
        if (i > 0) into.append(", ");
        render(item, Array.isArray(o) ? o[i] : undefined, into);
      });
      into.append("]");
      return;
    }
    const text = json(v);
    const differs = !close(v, o);
    into.append(differs ? el("mark", { class: isGot ? "mismatch got" : "mismatch" }, text) : text);
  };
  render(value, other, pre);
  return pre;
}

function close(a: unknown, b: unknown): boolean {
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) <= 1e-9 + 1e-6 * Math.abs(b);
  return json(a) === json(b);
}
