import { ApiError, contestsApi, type ContestDetail, type Scoreboard } from "../../api";
import { el } from "../../dom";
import { followContest } from "../../hub";
import { renderMarkdown } from "../../markdown";
import { session } from "../../session";
import { countdown, fromLocalInput, localTime, phaseLabel, timeZone, toLocalInput } from "./contestTime";
import { formatPoints, scoreboardView } from "./scoreboardView";

/** A contest: countdown, join, its problems with the viewer's status, the live board, and the instructor's controls. */
export async function contestPage(root: HTMLElement, id: number, cleanup: (f: () => void) => void): Promise<void> {
  const contest = await contestsApi.get(id);
  const offset = new Date(contest.serverTime).getTime() - Date.now();
  const clock = el("span", { class: "countdown", "data-testid": "countdown" });
  const tick = () => {
    clock.textContent = contest.phase === "Upcoming" ? `starts in ${countdown(contest.startsAt, offset)}`
      : contest.phase === "Running" ? `ends in ${countdown(contest.endsAt, offset)}`
      : contest.phase === "Late" && contest.lateUntil ? `late submissions for ${countdown(contest.lateUntil, offset)}` : "ended";
  };
  tick();
  const timer = setInterval(tick, 1000);
  cleanup(() => clearInterval(timer));

  const description = el("div", { class: "markdown" });
  description.innerHTML = renderMarkdown(contest.description); // markdown-it with html disabled
  const problems = el("div", { class: "contest-problems", "data-testid": "contest-problems" });
  const boardHost = el("div", { "data-testid": "board-host" });
  const message = el("p", { class: "error" });

  const refresh = async () => {
    let board: Scoreboard | null = null;
    try { board = await contestsApi.scoreboard(id); }
    catch (e) { if (!(e instanceof ApiError)) throw e; }
    renderProblems(problems, contest, board, session.user?.username ?? null);
    boardHost.replaceChildren(board ? scoreboardView(board, session.user?.username ?? null) : el("p", { class: "muted" }, "Join to see the board."));
  };

  root.replaceChildren(el("div", { class: "page" },
    el("div", { class: "page-head" }, el("h1", {}, contest.title), el("span", { class: `phase ${contest.phase.toLowerCase()}` }, phaseLabel(contest.phase)), clock),
    el("p", { class: "muted" }, `${localTime(contest.startsAt)} – ${localTime(contest.endsAt)} (${timeZone})`,
      contest.freezeAt ? ` · board freezes ${localTime(contest.freezeAt)}` : "",
      ` · ${contest.scoring === "Icpc" ? "ICPC scoring" : "points with partial credit"}`,
      contest.latePolicy === "Penalty" ? ` · late submissions until ${localTime(contest.lateUntil)} score ×${contest.lateFactor}` : ""),
    description,
    joinView(contest, message, () => location.reload()),
    session.isInstructor ? instructorControls(contest, message) : null,
    message,
    el("h2", {}, "Problems"), problems,
    el("h2", {}, "Scoreboard"), boardHost));
  await refresh();
  if (contest.joined || session.isInstructor || !contest.requiresCode) {
    try { cleanup(await followContest(id, () => void refresh())); }
    catch { boardHost.append(el("p", { class: "muted" }, "(live updates unavailable)")); }
  }
}

function renderProblems(host: HTMLElement, contest: ContestDetail, board: Scoreboard | null, me: string | null): void {
  if (contest.problems.length === 0) {
    host.replaceChildren(el("p", { class: "muted" }, contest.phase === "Upcoming" ? "The problems are shown when the contest starts." : "Join the contest to see its problems."));
    return;
  }
  const mine = board?.rows.find(r => r.username === me);
  host.replaceChildren(...contest.problems.map(p => {
    const cell = mine?.cells.find(c => c.problemId === p.problemId);
    const status = !cell ? "" : cell.solved ? "✓ solved" : cell.pending > 0 ? "judging…" : cell.rejected > 0 || cell.points > 0
      ? contest.scoring === "Points" ? `${formatPoints(cell.points)} / ${p.points}` : `${cell.rejected} rejected` : "";
    return el("a", { class: "contest-problem", href: `#/contests/${contest.id}/problems/${encodeURIComponent(p.problemId)}`, "data-problem": p.problemId },
      el("strong", {}, `${String.fromCharCode(64 + p.position)}. ${p.title}`), el("span", { class: "muted" }, `${p.points} points`),
      el("span", { class: cell?.solved ? "status solved" : "status", "data-testid": "own-status" }, status));
  }));
}

function joinView(contest: ContestDetail, message: HTMLElement, joined: () => void): HTMLElement | null {
  if (!session.user || contest.joined || contest.phase === "Ended") return null;
  const code = el("input", { placeholder: "join code", "data-testid": "join-code", "aria-label": "join code" });
  const button = el("button", { class: "primary", "data-testid": "join" }, "Join");
  button.addEventListener("click", async () => {
    try { await contestsApi.join(contest.id, contest.requiresCode ? code.value : null); joined(); }
    catch (e) { message.textContent = e instanceof ApiError ? `${e.title}: ${e.detail}` : String(e); }
  });
  return el("div", { class: "join toolbar-inline" }, contest.requiresCode ? code : null, button);
}

function instructorControls(contest: ContestDetail, message: HTMLElement): HTMLElement {
  const act = (label: string, testId: string, action: () => Promise<unknown>) => {
    const button = el("button", { "data-testid": testId }, label);
    button.addEventListener("click", async () => {
      try { await action(); location.reload(); }
      catch (e) { message.textContent = e instanceof ApiError ? `${e.title}: ${e.detail || Object.values(e.errors).flat().join("; ")}` : String(e); }
    });
    return button;
  };
  const end = el("input", { type: "datetime-local", value: toLocalInput(contest.endsAt), "aria-label": "new end time" });
  return el("div", { class: "instructor-bar" },
    contest.joinCode ? el("span", {}, "Join code: ", el("code", { "data-testid": "join-code-shown" }, contest.joinCode)) : null,
    contest.phase === "Upcoming" ? el("a", { class: "button-link", href: `#/contests/${contest.id}/edit` }, "Edit") : null,
    contest.phase !== "Upcoming" && !contest.closed
      ? el("span", {}, end, act("Extend", "extend", () => contestsApi.amend(contest.id, { endsAt: fromLocalInput(end.value) ?? undefined }))) : null,
    !contest.closed && contest.phase !== "Upcoming" ? act("Close now", "close", () => contestsApi.amend(contest.id, { close: true })) : null,
    contest.freezeAt && !contest.unfrozen ? act("Unfreeze", "unfreeze", () => contestsApi.unfreeze(contest.id)) : null,
    act("Rejudge all", "rejudge", () => contestsApi.rejudge(contest.id)),
    el("a", { class: "button-link", href: `#/contests/${contest.id}/submissions`, "data-testid": "contest-submissions" }, "Submissions"),
    el("a", { class: "button-link", href: contestsApi.exportUrl(contest.id), download: `contest-${contest.id}.csv`, "data-testid": "export-csv" }, "Download CSV"));
}
