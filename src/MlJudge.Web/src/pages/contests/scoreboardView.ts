import type { Scoreboard, ScoreboardCell } from "../../api";
import { el } from "../../dom";
import { pick, t } from "../../i18n";

/** The board as a table: frozen cells read "pending", first solves are marked, the viewer's row highlighted. */
export function scoreboardView(board: Scoreboard, me: string | null): HTMLElement {
  const points = board.scoring === "Points";
  const head = el("tr", {}, el("th", {}, t("col.number")), el("th", {}, t("col.user")),
    ...board.problems.map(p => el("th", { title: pick(p.title, p.titleZh) }, `${String.fromCharCode(64 + p.position)} · ${p.points}`)),
    el("th", {}, points ? t("col.points") : t("col.solved")), points ? null : el("th", {}, t("col.penalty")));
  const rows = board.rows.map(r => el("tr", { class: r.username === me ? "me" : "", "data-user": r.username },
    el("td", {}, String(r.rank)), el("td", {}, r.username),
    ...r.cells.map(c => cellView(c, points)),
    el("td", { class: "total" }, points ? formatPoints(r.points) : String(r.solved)), points ? null : el("td", {}, String(r.penalty))));
  return el("div", { class: "scoreboard" },
    board.frozen ? el("p", { class: "frozen-note", "data-testid": "frozen" }, t("board.frozen")) : null,
    el("div", { class: "table-scroll" }, el("table", { class: "grid board", "data-testid": "scoreboard" }, el("thead", {}, head),
      el("tbody", {}, ...(rows.length ? rows : [el("tr", {}, el("td", { colspan: String(board.problems.length + 4), class: "muted" }, t("board.empty")))])))));
}

function cellView(c: ScoreboardCell, points: boolean): HTMLElement {
  const state = c.solved ? "solved" : c.pending > 0 ? "pending" : c.rejected > 0 || c.points > 0 ? "tried" : "empty";
  const main = points ? (c.points > 0 || c.rejected > 0 ? formatPoints(c.points) : "") : c.solved ? `+${c.rejected || ""}` : c.rejected ? `−${c.rejected}` : "";
  return el("td", { class: `cell-${state}${c.firstSolve ? " first" : ""}`, "data-problem": c.problemId, title: c.firstSolve ? t("board.firstSolve") : "" },
    main, c.minutes !== null && (c.solved || points && c.points > 0) ? el("small", {}, ` ${c.minutes}′`) : null,
    c.pending > 0 ? el("small", { class: "pending-count" }, t("board.pending", { n: c.pending })) : null);
}

export function formatPoints(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(2).replace(/0$/, "");
}
