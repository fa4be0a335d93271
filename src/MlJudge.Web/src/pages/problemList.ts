import { api, type ProblemSummary } from "../api";
import { el } from "../dom";

export async function problemListPage(root: HTMLElement): Promise<void> {
  const problems = await api.problems();
  const tags = [...new Set(problems.flatMap(p => p.tags))].sort();
  const search = el("input", { type: "search", placeholder: "Search problems…", "data-testid": "problem-search", "aria-label": "Search" });
  const difficulty = el("select", { "aria-label": "Difficulty" },
    el("option", { value: "" }, "All difficulties"), ...["easy", "medium", "hard"].map(d => el("option", { value: d }, d)));
  const tag = el("select", { "aria-label": "Tag" }, el("option", { value: "" }, "All tags"), ...tags.map(t => el("option", { value: t }, t)));
  const list = el("div", { class: "problem-list", "data-testid": "problem-list" });
  const count = el("span", { class: "muted" });

  const render = () => {
    const text = search.value.trim().toLowerCase();
    const shown = problems.filter(p =>
      (!difficulty.value || p.difficulty === difficulty.value) && (!tag.value || p.tags.includes(tag.value)) &&
      (!text || `${p.id} ${p.title} ${p.titleZh} ${p.tags.join(" ")}`.toLowerCase().includes(text)));
    list.replaceChildren(...shown.map(row));
    count.textContent = `${shown.length} of ${problems.length}`;
  };
  [search, difficulty, tag].forEach(c => c.addEventListener("input", render));
  render();
  root.replaceChildren(el("div", { class: "page" },
    el("div", { class: "page-head" }, el("h1", {}, "Problems"), count),
    el("div", { class: "filters" }, search, difficulty, tag),
    list));
}

function row(p: ProblemSummary): HTMLElement {
  return el("a", { class: "problem-row", href: `#/problems/${p.id}`, "data-problem": p.id },
    el("span", { class: `solved ${p.solved ? "yes" : ""}`, title: p.solved ? "solved" : "" }, p.solved ? "✓" : ""),
    el("span", { class: "title" }, p.title, el("small", { class: "muted" }, ` ${p.titleZh}`)),
    el("span", { class: "tags" }, ...p.tags.map(t => el("span", { class: "tag" }, t))),
    el("span", { class: `difficulty ${p.difficulty}` }, p.difficulty));
}
