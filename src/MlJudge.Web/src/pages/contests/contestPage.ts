import { ApiError, contestsApi, type ContestDetail, type Scoreboard } from "../../api";
import { el } from "../../dom";
import { followContest } from "../../hub";
import { pick, t } from "../../i18n";
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
    clock.textContent = contest.phase === "Upcoming" ? t("contest.startsIn", { t: countdown(contest.startsAt, offset) })
      : contest.phase === "Running" ? t("contest.endsIn", { t: countdown(contest.endsAt, offset) })
      : contest.phase === "Late" && contest.lateUntil ? t("contest.lateFor", { t: countdown(contest.lateUntil, offset) }) : t("contest.ended");
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
    boardHost.replaceChildren(board ? scoreboardView(board, session.user?.username ?? null) : el("p", { class: "muted" }, t("contest.joinToSeeBoard")));
  };

  root.replaceChildren(el("div", { class: "page" },
    el("div", { class: "page-head" }, el("h1", {}, contest.title), el("span", { class: `phase ${contest.phase.toLowerCase()}` }, phaseLabel(contest.phase)), clock),
    el("p", { class: "muted" }, `${localTime(contest.startsAt)} – ${localTime(contest.endsAt)} (${timeZone})`,
      contest.freezeAt ? t("contest.freezes", { t: localTime(contest.freezeAt) }) : "",
      t(contest.scoring === "Icpc" ? "contest.icpcScoring" : "contest.pointsScoring"),
      contest.latePolicy === "Penalty" ? t("contest.lateUntil", { t: localTime(contest.lateUntil), factor: contest.lateFactor }) : ""),
    description,
    joinView(contest, message, () => location.reload()),
    session.isInstructor ? instructorControls(contest, message) : null,
    message,
    el("h2", {}, t("contest.problems")), problems,
    el("h2", {}, t("contest.scoreboard")), boardHost));
  await refresh();
  if (contest.joined || session.isInstructor || !contest.requiresCode) {
    try { cleanup(await followContest(id, () => void refresh())); }
    catch { boardHost.append(el("p", { class: "muted" }, t("common.liveUnavailable"))); }
  }
}

function renderProblems(host: HTMLElement, contest: ContestDetail, board: Scoreboard | null, me: string | null): void {
  if (contest.problems.length === 0) {
    host.replaceChildren(el("p", { class: "muted" }, t(contest.phase === "Upcoming" ? "contest.problemsAtStart" : "contest.joinToSeeProblems")));
    return;
  }
  const mine = board?.rows.find(r => r.username === me);
  host.replaceChildren(...contest.problems.map(p => {
    const cell = mine?.cells.find(c => c.problemId === p.problemId);
    const status = !cell ? "" : cell.solved ? t("contest.solved") : cell.pending > 0 ? t("contest.judging") : cell.rejected > 0 || cell.points > 0
      ? contest.scoring === "Points" ? `${formatPoints(cell.points)} / ${p.points}` : t("contest.rejected", { n: cell.rejected }) : "";
    return el("a", { class: "contest-problem", href: `#/contests/${contest.id}/problems/${encodeURIComponent(p.problemId)}`, "data-problem": p.problemId },
      el("strong", {}, `${String.fromCharCode(64 + p.position)}. ${pick(p.title, p.titleZh)}`), el("span", { class: "muted" }, t("contest.pointsWorth", { n: p.points })),
      el("span", { class: cell?.solved ? "status solved" : "status", "data-testid": "own-status" }, status));
  }));
}

function joinView(contest: ContestDetail, message: HTMLElement, joined: () => void): HTMLElement | null {
  if (!session.user || contest.joined || contest.phase === "Ended") return null;
  const code = el("input", { placeholder: t("contest.joinCode"), "data-testid": "join-code", "aria-label": t("contest.joinCode") });
  const button = el("button", { class: "primary", "data-testid": "join" }, t("contest.join"));
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
  const end = el("input", { type: "datetime-local", value: toLocalInput(contest.endsAt), "aria-label": t("contest.newEnd") });
  return el("div", { class: "instructor-bar" },
    contest.joinCode ? el("span", {}, t("contest.joinCodeShown"), el("code", { "data-testid": "join-code-shown" }, contest.joinCode)) : null,
    contest.phase === "Upcoming" ? el("a", { class: "button-link", href: `#/contests/${contest.id}/edit` }, t("contest.edit")) : null,
    contest.phase !== "Upcoming" && !contest.closed
      ? el("span", {}, end, act(t("contest.extend"), "extend", () => contestsApi.amend(contest.id, { endsAt: fromLocalInput(end.value) ?? undefined }))) : null,
    !contest.closed && contest.phase !== "Upcoming" ? act(t("contest.closeNow"), "close", () => contestsApi.amend(contest.id, { close: true })) : null,
    contest.freezeAt && !contest.unfrozen ? act(t("contest.unfreeze"), "unfreeze", () => contestsApi.unfreeze(contest.id)) : null,
    act(t("contest.rejudgeAll"), "rejudge", () => contestsApi.rejudge(contest.id)),
    el("a", { class: "button-link", href: `#/contests/${contest.id}/submissions`, "data-testid": "contest-submissions" }, t("contest.submissions")),
    el("a", { class: "button-link", href: contestsApi.exportUrl(contest.id), download: `contest-${contest.id}.csv`, "data-testid": "export-csv" }, t("common.downloadCsv")));
}
