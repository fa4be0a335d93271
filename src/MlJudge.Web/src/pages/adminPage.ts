import { api } from "../api";
import { el, verdictLabel } from "../dom";
import { t } from "../i18n";
import { fetchMetrics, sum, type Sample } from "../metrics";
import { session } from "../session";

export function adminPage(root: HTMLElement): void {
  if (!session.isInstructor) {
    root.replaceChildren(el("div", { class: "page" }, el("p", {}, t("admin.instructorsOnly"))));
    return;
  }
  const result = el("div", { "data-testid": "reload-result" });
  const reload = el("button", { class: "primary", "data-testid": "reload" }, t("admin.reload"));
  reload.addEventListener("click", async () => {
    reload.disabled = true;
    try {
      const r = await api.reload();
      result.replaceChildren(
        el("p", {}, t("admin.loaded", { n: r.loaded.length })),
        r.errors.length === 0 ? el("p", { class: "muted" }, t("admin.allValid")) : el("table", { class: "grid" },
          el("thead", {}, el("tr", {}, el("th", {}, t("admin.folder")), el("th", {}, t("admin.file")), el("th", {}, t("admin.field")), el("th", {}, t("admin.problem")))),
          el("tbody", {}, ...r.errors.map(e => el("tr", {}, el("td", {}, e.problemId), el("td", {}, e.file), el("td", {}, e.field ?? ""), el("td", {}, e.message))))));
    } finally {
      reload.disabled = false;
    }
  });
  root.replaceChildren(el("div", { class: "page" },
    el("h1", {}, t("nav.admin")),
    el("p", {}, t("admin.explain")),
    reload, result,
    el("p", {}, el("a", { href: "#/submissions" }, t("submission.all")), t("admin.openToRejudge")),
    metricsPanel()));
}

const stages = ["compile", "sandbox_start", "run", "check", "total"];

/** Queue depth, verdict counts, sandbox failures and mean time per judging stage, from /metrics (this server's process). */
function metricsPanel(): HTMLElement {
  const body = el("div", { "data-testid": "metrics" }, el("p", { class: "muted" }, t("admin.loadingMetrics")));
  const refresh = el("button", { class: "secondary" }, t("admin.refresh"));
  const load = async () => {
    try {
      body.replaceChildren(renderMetrics(await fetchMetrics()));
    } catch (e) {
      body.replaceChildren(el("p", { class: "error" }, t("admin.metricsUnavailable", { message: (e as Error).message })));
    }
  };
  refresh.addEventListener("click", () => void load());
  void load();
  return el("section", { class: "metrics" }, el("div", { class: "page-head" }, el("h2", {}, t("admin.metrics")), refresh), body);
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
    el("p", {}, t("admin.queue", { queue: sum(samples, "mljudge_queue_depth"), failures: sum(samples, "mljudge_sandbox_failures_total") })),
    el("table", { class: "grid" },
      el("thead", {}, el("tr", {}, el("th", {}, t("col.verdict")), el("th", {}, t("admin.count")))),
      el("tbody", {}, ...[...verdicts].map(([v, n]) => el("tr", {}, el("td", {}, verdictLabel(v)), el("td", {}, String(n)))))),
    el("table", { class: "grid" },
      el("thead", {}, el("tr", {}, el("th", {}, t("admin.stage")), el("th", {}, t("admin.meanTime")))),
      el("tbody", {}, ...stages.map(stage => el("tr", {}, el("td", {}, stage), el("td", {}, mean(stage)))))),
    el("p", { class: "muted" }, t("admin.metricsNote")));
}
