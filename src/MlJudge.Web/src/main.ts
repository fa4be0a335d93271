import "./styles.css";
import { api } from "./api";
import { el } from "./dom";
import { restartHub } from "./hub";
import { adminPage } from "./pages/adminPage";
import { authPage } from "./pages/authPage";
import { leaderboardPage } from "./pages/leaderboardPage";
import { problemListPage } from "./pages/problemList";
import { problemPage } from "./pages/problemPage";
import { submissionPage, submissionsPage } from "./pages/submissionPage";
import { session } from "./session";

// Hash routes: #/problems, #/problems/<id>, #/submissions, #/submissions/<id>, #/leaderboard, #/login, #/register, #/admin.
const app = document.getElementById("app")!;
let disposers: (() => void)[] = [];

async function route(): Promise<void> {
  disposers.forEach(d => d());
  disposers = [];
  const cleanup = (f: () => void) => disposers.push(f);
  const [path] = location.hash.replace(/^#/, "").split("?");
  const parts = path.split("/").filter(Boolean);
  document.querySelectorAll<HTMLAnchorElement>("[data-nav]").forEach(a => a.classList.toggle("active", a.dataset.nav === (parts[0] ?? "problems")));
  app.replaceChildren(el("div", { class: "page loading" }, "Loading…"));
  try {
    switch (parts[0]) {
      case undefined:
      case "problems":
        if (parts[1]) await problemPage(app, decodeURIComponent(parts[1]), cleanup);
        else await problemListPage(app);
        break;
      case "submissions":
        if (parts[1]) await submissionPage(app, Number(parts[1]), cleanup);
        else await submissionsPage(app);
        break;
      case "leaderboard": await leaderboardPage(app, cleanup); break;
      case "login": authPage(app, "login"); break;
      case "register": authPage(app, "register"); break;
      case "admin": adminPage(app); break;
      default: app.replaceChildren(el("div", { class: "page" }, el("h1", {}, "Not found"), el("a", { href: "#/problems" }, "Back to the problems")));
    }
  } catch (e) {
    app.replaceChildren(el("div", { class: "page" }, el("h1", {}, "Something went wrong"), el("p", { class: "error" }, String(e))));
  }
}

function renderAccount(): void {
  const account = document.getElementById("account")!;
  const user = session.user;
  document.querySelectorAll<HTMLElement>(".instructor-only").forEach(e => { e.hidden = !session.isInstructor; });
  if (!user) {
    account.replaceChildren(
      el("a", { href: "#/login", "data-testid": "login-link", onclick: undefined }, "Log in"),
      el("a", { href: "#/register", class: "button-link" }, "Register"));
    account.querySelectorAll("a").forEach(a => a.addEventListener("click", () => sessionStorage.setItem("mljudge:return", location.hash)));
    return;
  }
  const logout = el("button", { class: "ghost", "data-testid": "logout" }, "Log out");
  logout.addEventListener("click", async () => {
    await api.logout();
    session.set(null);
    await restartHub();
    void route();
  });
  account.replaceChildren(el("span", { class: "user", "data-testid": "current-user" }, user.username, user.role === "instructor" ? " · instructor" : ""), logout);
}

session.onChange(renderAccount);
window.addEventListener("hashchange", () => void route());
await session.load();
if (!location.hash) location.hash = "#/problems";
else void route();
