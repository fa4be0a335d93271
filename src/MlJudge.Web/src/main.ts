import "./styles.css";
import { api } from "./api";
import { el } from "./dom";
import { restartHub } from "./hub";
import { language, onLanguageChange, setLanguage, t, type MessageKey } from "./i18n";
import { adminPage } from "./pages/adminPage";
import { authPage } from "./pages/authPage";
import { contestEditPage } from "./pages/contests/contestEditPage";
import { contestListPage } from "./pages/contests/contestListPage";
import { contestPage } from "./pages/contests/contestPage";
import { contestSubmissionsPage } from "./pages/contests/contestSubmissionsPage";
import { leaderboardPage } from "./pages/leaderboardPage";
import { problemListPage } from "./pages/problemList";
import { problemPage } from "./pages/problemPage";
import { submissionPage, submissionsPage } from "./pages/submissionPage";
import { session } from "./session";

// Hash routes: #/problems, #/problems/<id>, #/submissions, #/submissions/<id>, #/leaderboard, #/login, #/register, #/admin,
// #/contests, #/contests/new, #/contests/<id>, #/contests/<id>/edit, #/contests/<id>/submissions, #/contests/<id>/problems/<problem>.
const app = document.getElementById("app")!;
let disposers: (() => void)[] = [];
let generation = 0;

// Each navigation renders into its own view: a slow page (say, the problem list still loading after a login)
// then writes into a view that a later navigation has already taken off the screen, never over the new page.
async function route(): Promise<void> {
  const mine = ++generation;
  disposers.forEach(d => d());
  disposers = [];
  const cleanup = (f: () => void) => { if (mine === generation) disposers.push(f); else f(); };
  const [path] = location.hash.replace(/^#/, "").split("?");
  const parts = path.split("/").filter(Boolean);
  document.querySelectorAll<HTMLAnchorElement>("[data-nav]").forEach(a => a.classList.toggle("active", a.dataset.nav === (parts[0] ?? "problems")));
  const view = el("div", { class: "view" });
  view.append(el("div", { class: "page loading" }, t("common.loading")));
  app.replaceChildren(view);
  try {
    switch (parts[0]) {
      case undefined:
      case "problems":
        if (parts[1]) await problemPage(view, decodeURIComponent(parts[1]), cleanup);
        else await problemListPage(view);
        break;
      case "submissions":
        if (parts[1]) await submissionPage(view, Number(parts[1]), cleanup);
        else await submissionsPage(view);
        break;
      case "leaderboard": await leaderboardPage(view, cleanup); break;
      case "contests":
        if (!parts[1]) await contestListPage(view);
        else if (parts[1] === "new") await contestEditPage(view, null);
        else if (parts[2] === "edit") await contestEditPage(view, Number(parts[1]));
        else if (parts[2] === "submissions") await contestSubmissionsPage(view, Number(parts[1]));
        else if (parts[2] === "problems" && parts[3]) await problemPage(view, decodeURIComponent(parts[3]), cleanup, Number(parts[1]));
        else await contestPage(view, Number(parts[1]), cleanup);
        break;
      case "login": authPage(view, "login"); break;
      case "register": authPage(view, "register"); break;
      case "admin": adminPage(view); break;
      default: view.replaceChildren(el("div", { class: "page" }, el("h1", {}, t("common.notFound")), el("a", { href: "#/problems" }, t("common.backToProblems"))));
    }
  } catch (e) {
    view.replaceChildren(el("div", { class: "page" }, el("h1", {}, t("common.somethingWrong")), el("p", { class: "error" }, String(e))));
  }
}

function renderAccount(): void {
  const account = document.getElementById("account")!;
  const user = session.user;
  document.querySelectorAll<HTMLElement>(".instructor-only").forEach(e => { e.hidden = !session.isInstructor; });
  if (!user) {
    account.replaceChildren(
      el("a", { href: "#/login", "data-testid": "login-link", onclick: undefined }, t("account.login")),
      el("a", { href: "#/register", class: "button-link" }, t("account.register")));
    account.querySelectorAll("a").forEach(a => a.addEventListener("click", () => sessionStorage.setItem("mljudge:return", location.hash)));
    return;
  }
  const logout = el("button", { class: "ghost", "data-testid": "logout" }, t("account.logout"));
  logout.addEventListener("click", async () => {
    await api.logout();
    session.set(null);
    await restartHub();
    void route();
  });
  account.replaceChildren(el("span", { class: "user", "data-testid": "current-user" }, user.username, user.role === "instructor" ? t("account.instructor") : ""), logout);
}

// The header's own words; the pages translate theirs while they render.
function renderChrome(): void {
  document.querySelectorAll<HTMLElement>("[data-i18n]").forEach(e => { e.textContent = t(e.dataset.i18n as MessageKey); });
  languageSelect.value = language();
  languageSelect.setAttribute("aria-label", t("language.label"));
  renderAccount();
}

const languageSelect = document.getElementById("language") as HTMLSelectElement;
languageSelect.addEventListener("change", () => setLanguage(languageSelect.value === "zh" ? "zh" : "en"));
// A switch re-renders the current page in place: no reload, and the editor's draft is kept (it is saved per problem).
onLanguageChange(() => { renderChrome(); void route(); });
renderChrome();
session.onChange(renderAccount);
window.addEventListener("hashchange", () => void route());
await session.load();
if (!location.hash) location.hash = "#/problems";
else void route();
