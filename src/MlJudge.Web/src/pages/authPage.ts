import { api, ApiError } from "../api";
import { el } from "../dom";
import { restartHub } from "../hub";
import { t } from "../i18n";
import { session } from "../session";

export function authPage(root: HTMLElement, mode: "login" | "register"): void {
  // The server's rule (3-32 ASCII letters, digits, '_', '.', '-'), so a typo is caught before the round trip.
  const username = el("input", { name: "username", autocomplete: "username", required: true, pattern: "[A-Za-z0-9_.\\-]{3,32}", maxlength: "32",
    title: t("auth.usernameRule"), "data-testid": "username" });
  const password = el("input", { name: "password", type: "password", autocomplete: mode === "login" ? "current-password" : "new-password", required: true, "data-testid": "password" });
  const error = el("p", { class: "error", role: "alert" });
  const form = el("form", { class: "card auth" },
    el("h1", {}, mode === "login" ? t("account.login") : t("auth.createAccount")),
    el("label", {}, t("auth.username"), username),
    el("label", {}, t("auth.password"), password),
    error,
    el("button", { class: "primary", type: "submit", "data-testid": "auth-submit" }, mode === "login" ? t("account.login") : t("account.register")),
    el("p", { class: "muted" }, mode === "login"
      ? el("a", { href: "#/register" }, t("auth.noAccount"))
      : el("a", { href: "#/login" }, t("auth.registered"))));
  form.addEventListener("submit", async e => {
    e.preventDefault();
    error.textContent = "";
    try {
      if (mode === "register") await api.register(username.value, password.value);
      const user = await api.login(username.value, password.value);
      session.set({ username: user.username, role: user.role });
      await restartHub();
      location.hash = sessionStorage.getItem("mljudge:return") ?? "#/problems";
      sessionStorage.removeItem("mljudge:return");
    } catch (e) {
      if (e instanceof ApiError && e.status === 429) { error.textContent = e.detail || t("auth.tooMany"); return; }
      error.textContent = e instanceof ApiError ? [e.detail, ...Object.entries(e.errors).map(([k, v]) => `${k} ${v.join(", ")}`)].filter(Boolean).join(" · ") || e.title : String(e);
    }
  });
  root.replaceChildren(el("div", { class: "page narrow" }, form));
  username.focus();
}
