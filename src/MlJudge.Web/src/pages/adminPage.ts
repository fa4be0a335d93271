import { api } from "../api";
import { el } from "../dom";
import { fetchMetrics, sum, type Sample } from "../metrics";
import { session } from "../session";

export function adminPage(root: HTMLElement): void {
  if (!session.isInstructor) {
    root.replaceChildren(el("div", { class: "page" }, el("p", {}, "Instructors only.")));
    return;
  }
  const result = el("div", { "data-testid": "reload-result" });
  const reload = el("button", { class: "primary", "data-testid": "reload" }, "Reload problems");
  reload.addEventListener("click", async () => {
    reload.disabled = true;
    try {
      const r = await api.reload();
      result.replaceChildren(
        el("p", {}, `${r.loaded.length} problems loaded.`),
        r.errors.length === 0 ? el("p", { class: "muted" }, "Every folder is valid.") : el("table", { class: "grid" },
          el("thead", {}, el("tr", {}, el("th", {}, "Folder"), el("th", {}, "File"), el("th", {}, "Field"), el("th", {}, "Problem"))),
          el("tbody", {}, ...r.errors.map(e => el("tr", {}, el("td", {}, e.problemId), el("td", {}, e.file), el("td", {}, e.field ?? ""), el("td", {}, e.message))))));
    } finally {
      reload.disabled = false;
    }
  });
  root.replaceChildren(el("div", { class: "page" },
    el("h1", {}, "Admin"),
    el("p", {}, "Re-read the problems folder. Broken folders are listed and skipped; nothing is half-loaded."),
    reload, result,
    el("p", {}, el("a", { href: "#/submissions" }, "All submissions"), " — open one to rejudge it."),
    metricsPanel()));
}

const stages = ["compile", "sandbox_start", "run", "check", "total"];

/** Queue depth, verdict counts, sandbox failures and mean time per judging stage, from /metrics (this server's process). */
function metricsPanel(): HTMLElement {
  const body = el("div", { "data-testid": "metrics" }, el("p", { class: "muted" }, "Loading metrics…"));
  const refresh = el("button", { class: "secondary" }, "Refresh");
  const load = async () => {
    try {
      body.replaceChildren(renderMetrics(await fetchMetrics()));
    } catch (e) {
      body.replaceChildren(el("p", { class: "error" }, `Metrics unavailable: ${(e as Error).message}`));
    }
  };
  refresh.addEventListener("click", () => void load());
  void load();
  return el("section", { class: "metrics" }, el("div", { class: "page-head" }, el("h2", {}, "Judge metrics"), refresh), body);
}

function renderMetrics(samples: Sample[]): HTMLElement {
  const verdicts = new Map<string, number>();
  for (const s of samples.filter(s => s.name === "mljudge_verdicts_total"))
    verdicts.set(s.labels.verdict, (verdicts.get(s.labels.verdict) ?? 0) + s.value);
  const mean = (stage: string) => {
    const count = sum(samples, "mljudge_judge_stage_duration_milliseconds_count", l => l.stage === stage);
    return count === 0 ? "–" : `${(sum(samples, "mljudge_judge_stage_duration_milliseconds_sum", l => l.stage === stage) / count).toFixed(1)} ms`;
  };
  return el("div", {},
    el("p", {}, `Queue depth: ${sum(samples, "mljudge_queue_depth")} · sandbox failures: ${sum(samples, "mljudge_sandbox_failures_total")}`),
    el("table", { class: "grid" },
      el("thead", {}, el("tr", {}, el("th", {}, "Verdict"), el("th", {}, "Count"))),
      el("tbody", {}, ...[...verdicts].map(([v, n]) => el("tr", {}, el("td", {}, v), el("td", {}, String(n)))))),
    el("table", { class: "grid" },
      el("thead", {}, el("tr", {}, el("th", {}, "Stage"), el("th", {}, "Mean time"))),
      el("tbody", {}, ...stages.map(stage => el("tr", {}, el("td", {}, stage), el("td", {}, mean(stage)))))),
    el("p", { class: "muted" }, "Counts are this server process's since it started; workers in other processes report their own."));
}
