import { api, ApiError, type ProblemDetail, type SubmissionDetail } from "../api";
import { valueView } from "../components/progressPanel";
import { el, statusLabel, verdictClass, verdictLabel } from "../dom";
import { follow } from "../hub";
import { t } from "../i18n";
import { session } from "../session";

/**
 * "Custom input": the learner's own arguments (a JSON object, prefilled with the first sample's), run with the editor's
 * code and with the reference solution on the server; both outputs side by side with the checker's verdict and the
 * differing elements highlighted. Custom runs never count (docs/API.md, "Custom runs").
 */
export function customInputTab(problem: ProblemDetail, source: () => string, cleanup: (f: () => void) => void): HTMLElement {
  const input = el("textarea", { class: "custom-args", "data-testid": "custom-args", spellcheck: "false", rows: "8" });
  input.value = formatArgs(problem.samples[0]?.args ?? {});
  const run = el("button", { class: "secondary", "data-testid": "custom-run" }, t("custom.run"));
  const status = el("span", { class: "muted" });
  const result = el("div", { class: "custom-result", "data-testid": "custom-result" });
  const params = problem.entryPoint.parameters.map(p => `${p.name}: ${p.type}`).join(", ");

  const updateAuth = () => {
    run.disabled = session.user === null;
    status.textContent = session.user === null ? t("custom.login") : "";
  };
  updateAuth();
  cleanup(session.onChange(updateAuth));

  let stop: (() => void) | null = null;
  cleanup(() => stop?.());
  run.addEventListener("click", async () => {
    let args: unknown;
    try {
      args = JSON.parse(input.value);
    } catch (e) {
      result.replaceChildren(banner("bad", t("custom.badJson", { error: (e as Error).message })));
      return;
    }
    run.disabled = true;
    stop?.();
    result.replaceChildren(banner("pending", t("custom.running")));
    try {
      const { id } = await api.customRun(problem.id, source(), args);
      stop = await follow(id, {
        status: s => result.replaceChildren(banner("pending", `${statusLabel(s)}…`)),
        verdict: () => void api.submission(id).then(d => result.replaceChildren(render(d))).finally(updateAuth),
      });
    } catch (e) {
      result.replaceChildren(banner("bad", e instanceof ApiError
        ? `${e.title}: ${Object.entries(e.errors).map(([k, v]) => `${k} ${v.join("; ")}`).join(" · ") || e.detail}` : String(e)));
      updateAuth();
    }
  });

  return el("section", { class: "custom-input" },
    el("p", { class: "muted" }, t("custom.help", { params })),
    input,
    el("div", { class: "toolbar" }, run, status),
    result);
}

/** One parameter per line: readable for vectors and small matrices alike. */
function formatArgs(args: Record<string, unknown>): string {
  const lines = Object.entries(args).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
  return `{\n${lines.join(",\n")}\n}`;
}

function banner(kind: string, text: string): HTMLElement {
  return el("div", { class: `verdict-banner ${kind}`, "data-testid": "custom-verdict" }, text);
}

function render(detail: SubmissionDetail): HTMLElement {
  const custom = detail.custom;
  const test = detail.tests[0];
  const verdict = detail.verdict ?? "InternalError";
  const ran = verdict === "Accepted" || verdict === "WrongAnswer";
  const head = !custom || !ran
    ? banner(verdictClass(verdict), `${verdictLabel(verdict)}${test?.message ?? detail.message ? ` · ${test?.message ?? detail.message}` : ""}`)
    : custom.comparison === "Match" ? banner("ok", t("custom.match"))
    : custom.comparison === "Mismatch" ? banner("bad", `${t("custom.differ")} · ${test?.message ?? ""}`)
    : banner("pending", `${t("custom.noVerdict")}: ${custom.reason ?? ""}`);
  head.setAttribute("data-comparison", custom?.comparison ?? "");
  const reference = custom?.referenceOutcome === "Ok"
    ? valueView(custom.referenceOutput, test?.mismatches?.expected)
    : el("p", { class: "message", "data-testid": "custom-reference-message" }, custom?.referenceMessage ?? "");
  const mine = custom?.output !== undefined && custom?.output !== null
    ? valueView(custom.output, test?.mismatches?.got, true)
    : el("p", { class: "muted" }, t("custom.noResult"));
  const diagnostics = (detail.diagnostics ?? []).map(d => el("li", {}, el("code", {}, t("panel.position", { line: d.line, column: d.column })), " ", d.message));
  return el("div", {},
    head,
    diagnostics.length ? el("ul", { class: "diagnostics" }, ...diagnostics) : null,
    el("div", { class: "io custom-io" },
      el("div", { "data-testid": "custom-output" }, el("h5", {}, t("custom.yours")), mine),
      el("div", { "data-testid": "custom-reference" }, el("h5", {}, t("custom.reference")), reference)),
    test?.stdout ? el("div", {}, el("h5", {}, t("panel.console")), el("pre", {}, test.stdout)) : null);
}
