import { api, ApiError } from "../api";
import { el } from "../dom";
import { language, pick, t } from "../i18n";
import { session } from "../session";

/**
 * "Solutions": the reference solutions and the common mistakes with their hints, which the server serves only after an
 * Accepted submit (instructors always) and never while a contest with the problem runs; otherwise its reason is shown.
 */
export async function loadSolutions(into: HTMLElement, problemId: string): Promise<void> {
  if (!session.user) {
    into.replaceChildren(el("p", { class: "muted" }, t("solutions.login")));
    return;
  }
  try {
    const { solutions, mistakes } = await api.solutions(problemId);
    into.replaceChildren(el("div", { "data-testid": "solutions" },
      el("h3", {}, t("solutions.references")),
      ...solutions.map(s => el("div", { class: "solution" },
        el("h5", {}, `${s.file} · ${s.form === "class" ? t("solutions.classForm") : t("solutions.scriptForm")}`),
        el("pre", { class: "signature" }, s.source))),
      el("h3", {}, t("solutions.mistakes")),
      mistakes.length === 0 ? el("p", { class: "muted" }, t("solutions.none")) : el("ul", { class: "mistakes" },
        ...mistakes.map(m => el("li", { "data-mistake": m.id }, el("p", { lang: language() === "zh" ? "zh-CN" : "en" }, pick(m.hintEn, m.hintZh)))))));
  } catch (e) {
    into.replaceChildren(el("p", { class: "muted", "data-testid": "solutions-locked" }, e instanceof ApiError ? `${e.title}: ${e.detail}` : String(e)));
  }
}
