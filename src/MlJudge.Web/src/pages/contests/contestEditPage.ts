import { api, ApiError, contestsApi, type ContestRequest, type ProblemSummary } from "../../api";
import { el } from "../../dom";
import { pick, t } from "../../i18n";
import { fromLocalInput, timeZone, toLocalInput } from "./contestTime";

interface Picked { problemId: string; title: string; points: number }

/** Instructor form to create a contest, or edit one that has not started. */
export async function contestEditPage(root: HTMLElement, id: number | null): Promise<void> {
  const [catalog, existing] = await Promise.all([api.problems(), id === null ? Promise.resolve(null) : contestsApi.get(id)]);
  const picked: Picked[] = existing?.problems.map(p => ({ problemId: p.problemId, title: pick(p.title, p.titleZh), points: p.points })) ?? [];
  const input = (name: string, attributes: Record<string, string> = {}) => el("input", { name, "data-testid": `contest-${name}`, ...attributes });
  const title = input("title", { value: existing?.title ?? "", maxlength: "120" });
  const description = el("textarea", { name: "description", rows: "4", "data-testid": "contest-description" }, existing?.description ?? "");
  const start = input("startsAt", { type: "datetime-local", value: toLocalInput(existing?.startsAt ?? null) });
  const end = input("endsAt", { type: "datetime-local", value: toLocalInput(existing?.endsAt ?? null) });
  const freeze = input("freezeAt", { type: "datetime-local", value: toLocalInput(existing?.freezeAt ?? null) });
  const scoring = el("select", { name: "scoring", "data-testid": "contest-scoring" },
    el("option", { value: "Icpc" }, t("edit.icpc")), el("option", { value: "Points" }, t("edit.points")));
  scoring.value = existing?.scoring ?? "Icpc";
  const code = input("joinCode", { value: existing?.joinCode ?? "", placeholder: t("edit.codePlaceholder") });
  const late = el("select", { name: "latePolicy", "data-testid": "contest-latePolicy" },
    el("option", { value: "None" }, t("edit.noLate")), el("option", { value: "Penalty" }, t("edit.late")));
  late.value = existing?.latePolicy ?? "None";
  const factor = input("lateFactor", { type: "number", min: "0", max: "1", step: "0.05", value: String(existing?.lateFactor ?? 0.5) });
  const lateUntil = input("lateUntil", { type: "datetime-local", value: toLocalInput(existing?.lateUntil ?? null) });

  const search = el("input", { type: "search", placeholder: t("edit.search"), "data-testid": "problem-search", "aria-label": t("edit.searchLabel") });
  const results = el("div", { class: "picker-results" });
  const chosen = el("ol", { class: "picked", "data-testid": "picked-problems" });
  const renderPicked = () => chosen.replaceChildren(...picked.map((p, i) => {
    const points = el("input", { type: "number", min: "1", max: "10000", value: String(p.points), "aria-label": t("edit.pointsFor", { id: p.problemId }), "data-testid": `points-${p.problemId}` });
    points.addEventListener("input", () => { p.points = Number(points.value); });
    const up = el("button", { type: "button", class: "ghost", title: t("edit.moveUp") }, "↑");
    up.addEventListener("click", () => { if (i > 0) { [picked[i - 1], picked[i]] = [picked[i], picked[i - 1]]; renderPicked(); } });
    const remove = el("button", { type: "button", class: "ghost", title: t("edit.remove") }, "✕");
    remove.addEventListener("click", () => { picked.splice(i, 1); renderPicked(); renderResults(); });
    return el("li", {}, el("span", {}, `${p.title} `, el("code", {}, p.problemId)), points, up, remove);
  }));
  const renderResults = () => {
    const q = search.value.trim().toLowerCase();
    const matches = catalog.filter((p: ProblemSummary) => !picked.some(x => x.problemId === p.id)
      && (!q || p.id.includes(q) || p.title.toLowerCase().includes(q) || p.titleZh.includes(q) || p.tags.some(t => t.includes(q)))).slice(0, 8);
    results.replaceChildren(...matches.map(p => {
      const add = el("button", { type: "button", class: "picker-item", "data-problem": p.id }, `${pick(p.title, p.titleZh)} (${p.id})`);
      add.addEventListener("click", () => { picked.push({ problemId: p.id, title: pick(p.title, p.titleZh), points: 100 }); renderPicked(); renderResults(); });
      return add;
    }));
  };
  search.addEventListener("input", renderResults);
  renderPicked();
  renderResults();

  const errors = el("div", { class: "error", "data-testid": "contest-errors" });
  const save = el("button", { class: "primary", type: "submit", "data-testid": "save-contest" }, id === null ? t("edit.create") : t("edit.save"));
  const form = el("form", { class: "contest-form" },
    field(t("edit.title"), title), field(t("edit.description"), description),
    el("fieldset", {}, el("legend", {}, t("edit.problems")), search, results, chosen),
    field(t("edit.starts", { zone: timeZone }), start), field(t("edit.ends", { zone: timeZone }), end), field(t("edit.freeze", { zone: timeZone }), freeze),
    field(t("edit.scoring"), scoring), field(t("edit.joinCode"), code), field(t("edit.latePolicy"), late), field(t("edit.lateFactor"), factor),
    field(t("edit.lateUntil", { zone: timeZone }), lateUntil),
    errors, save);
  form.addEventListener("submit", async event => {
    event.preventDefault();
    const body: ContestRequest = {
      title: title.value, description: description.value, problems: picked.map(p => ({ problemId: p.problemId, points: p.points })),
      startsAt: fromLocalInput(start.value) ?? "", endsAt: fromLocalInput(end.value) ?? "", freezeAt: fromLocalInput(freeze.value),
      scoring: scoring.value as ContestRequest["scoring"], joinCode: code.value || null, latePolicy: late.value as ContestRequest["latePolicy"],
      lateFactor: late.value === "Penalty" ? Number(factor.value) : null, lateUntil: late.value === "Penalty" ? fromLocalInput(lateUntil.value) : null,
    };
    try {
      const target = id === null ? (await contestsApi.create(body)).id : (await contestsApi.replace(id, body), id);
      location.hash = `#/contests/${target}`;
    } catch (e) {
      errors.replaceChildren(...(e instanceof ApiError
        ? [el("p", {}, `${e.title}${e.detail ? `: ${e.detail}` : ""}`), ...Object.entries(e.errors).map(([k, v]) => el("p", {}, `${k}: ${v.join("; ")}`))]
        : [el("p", {}, String(e))]));
    }
  });
  root.replaceChildren(el("div", { class: "page" }, el("h1", {}, t(id === null ? "edit.newTitle" : "edit.editTitle")), form));
}

function field(label: string, control: HTMLElement): HTMLElement {
  return el("label", { class: "field" }, el("span", {}, label), control);
}
