import { api } from "../api";
import { el, formatDate } from "../dom";
import { followLeaderboard } from "../hub";

/** Standings that refresh themselves whenever someone's Accepted changes them. */
export async function leaderboardPage(root: HTMLElement, cleanup: (f: () => void) => void): Promise<void> {
  const body = el("tbody", { "data-testid": "standings" });
  const updated = el("span", { class: "muted", "data-testid": "leaderboard-updated" });
  const refresh = async () => {
    const rows = await api.leaderboard();
    body.replaceChildren(...rows.map(r => el("tr", { "data-user": r.username },
      el("td", {}, String(r.rank)), el("td", {}, r.username), el("td", {}, String(r.solved)),
      el("td", {}, String(r.penaltyMinutes)), el("td", {}, formatDate(r.lastAcceptedAt)))));
    if (rows.length === 0) body.append(el("tr", {}, el("td", { colspan: "5", class: "muted" }, "No one has solved a problem yet.")));
    updated.textContent = `updated ${new Date().toLocaleTimeString()}`;
  };
  await refresh();
  root.replaceChildren(el("div", { class: "page" },
    el("div", { class: "page-head" }, el("h1", {}, "Leaderboard"), updated),
    el("p", { class: "muted" }, "More problems solved ranks first; ties go to less penalty: minutes from your first submit to the first Accepted, plus 20 per rejected submit before it."),
    el("table", { class: "grid" },
      el("thead", {}, el("tr", {}, el("th", {}, "Rank"), el("th", {}, "User"), el("th", {}, "Solved"), el("th", {}, "Penalty"), el("th", {}, "Last accepted"))),
      body)));
  try {
    cleanup(await followLeaderboard(() => void refresh()));
  } catch {
    updated.textContent += " (live updates unavailable)";
  }
}
