import { api, ApiError } from "../api";
import { el } from "../dom";
import { session } from "../session";

/**
 * "Solutions": the reference solutions and the common mistakes with their hints, which the server serves only after an
 * Accepted submit (instructors always) and never while a contest with the problem runs; otherwise its reason is shown.
 */
export async function loadSolutions(into: HTMLElement, problemId: string): Promise<void> {
  if (!session.user) {
    into.replaceChildren(el("p", { class: "muted" }, "Log in and solve the problem to see its solutions."));
    return;
  }
  try {
    const { solutions, mistakes } = await api.solutions(problemId);
    into.replaceChildren(el("div", { "data-testid": "solutions" },
      el("h3", {}, "Reference solutions"),
      ...solutions.map(s => el("div", { class: "solution" },
        el("h5", {}, `${s.file} · ${s.form === "class" ? "class form" : "script form"}`),
        el("pre", { class: "signature" }, s.source))),
      el("h3", {}, "Common mistakes"),
      mistakes.length === 0 ? el("p", { class: "muted" }, "None recorded.") : el("ul", { class: "mistakes" },
        ...mistakes.map(m => el("li", { "data-mistake": m.id }, el("p", { lang: "en" }, m.hintEn), el("p", { lang: "zh" }, m.hintZh))))));
  } catch (e) {
    into.replaceChildren(el("p", { class: "muted", "data-testid": "solutions-locked" }, e instanceof ApiError ? `${e.title}: ${e.detail}` : String(e)));
  }
}
