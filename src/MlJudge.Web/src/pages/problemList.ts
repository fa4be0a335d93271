import { api, type ProblemSummary } from "../api";
import { el } from "../dom";
import { pick, t, tOr } from "../i18n";

export async function problemListPage(root: HTMLElement): Promise<void> {
  const problems = await api.problems();
  const tags = [...new Set(problems.flatMap(p => p.tags))].sort();
  const search = el("input", { type: "search", placeholder: t("list.search"), "data-testid": "problem-search", "aria-label": t("list.searchLabel") });
  const difficulty = el("select", { "aria-label": t("list.difficulty") },
    el("option", { value: "" }, t("list.allDifficulties")), ...["easy", "medium", "hard"].map(d => el("option", { value: d }, difficultyLabel(d))));
  const tag = el("select", { "aria-label": t("list.tag") }, el("option", { value: "" }, t("list.allTags")), ...tags.map(name => el("option", { value: name }, name)));
  const list = el("div", { class: "problem-list", "data-testid": "problem-list" });
  const count = el("span", { class: "muted" });

  const render = () => {
    const text = search.value.trim().toLowerCase();
    const shown = problems.filter(p =>
      (!difficulty.value || p.difficulty === difficulty.value) && (!tag.value || p.tags.includes(tag.value)) &&
      (!text || `${p.id} ${p.title} ${p.titleZh} ${p.tags.join(" ")}`.toLowerCase().includes(text)));
    list.replaceChildren(...sections(shown));
    count.textContent = t("list.count", { shown: shown.length, total: problems.length });
  };
  [search, difficulty, tag].forEach(c => c.addEventListener("input", render));
  render();
  root.replaceChildren(el("div", { class: "page" },
    el("div", { class: "page-head" }, el("h1", {}, t("nav.problems")), count),
    el("div", { class: "filters" }, search, difficulty, tag),
    list));
}

// Catalog sections in learning order; a problem's first tag names its section (docs/PROBLEM_FORMAT.md).
const sectionOrder = ["activations", "losses", "normalization", "optimizers", "convolution", "detection", "evaluation",
  "classical-ml", "features", "sequences", "algorithms", "image-processing"];

function sections(problems: ProblemSummary[]): HTMLElement[] {
  const rank = (category: string) => { const i = sectionOrder.indexOf(category); return i < 0 ? sectionOrder.length : i; };
  const byCategory = new Map<string, ProblemSummary[]>();
  for (const p of problems) {
    const category = p.tags[0] ?? "other";
    byCategory.set(category, [...(byCategory.get(category) ?? []), p]);
  }
  return [...byCategory.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([category, members]) => el("section", { class: "problem-section", "data-section": category },
      el("h2", {}, tOr(`section.${category}`, category.replace(/-/g, " ")), el("span", { class: "muted" }, ` ${members.length}`)),
      ...members.map(row)));
}

function row(p: ProblemSummary): HTMLElement {
  return el("a", { class: "problem-row", href: `#/problems/${p.id}`, "data-problem": p.id },
    el("span", { class: `solved ${p.solved ? "yes" : ""}`, title: p.solved ? t("list.solved") : "" }, p.solved ? "✓" : ""),
    el("span", { class: "title", "data-testid": "problem-title" }, pick(p.title, p.titleZh)),
    el("span", { class: "tags" }, ...p.tags.map(t => el("span", { class: "tag" }, t))),
    el("span", { class: `difficulty ${p.difficulty}` }, difficultyLabel(p.difficulty)));
}

/** easy / medium / hard in the interface's language; another word as it is written in problem.yaml. */
export function difficultyLabel(difficulty: string): string {
  return tOr(`difficulty.${difficulty}`, difficulty);
}
