import { api } from "../api";
import { el } from "../dom";
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
    el("p", {}, el("a", { href: "#/submissions" }, "All submissions"), " — open one to rejudge it.")));
}
