namespace MlJudge.Server.Contests;

/// <summary>Turns aggregated cells into ranked rows by the contest's scoring mode.</summary>
public static class ScoreboardRanking
{
    public sealed record Cell(long UserId, string ProblemId, DateTime? AcceptedAt, decimal Best, DateTime? BestAt, int Rejected, int Pending);

    /// <summary>ICPC: every rejected submit before the Accepted costs this many minutes.</summary>
    public const int PenaltyPerRejection = 20;

    public static IReadOnlyList<ScoreboardRow> Rank(ContestRow contest, IReadOnlyList<ContestProblemDto> problems,
        IReadOnlyList<(long UserId, string Username)> participants, IReadOnlyList<Cell> cells)
    {
        var icpc = contest.ScoringMode == ScoringMode.Icpc;
        var points = problems.ToDictionary(p => p.ProblemId, p => p.Points);
        var byUser = cells.Where(c => points.ContainsKey(c.ProblemId)).ToLookup(c => c.UserId);
        // The first solve of each problem: the earliest Accepted (ICPC) or full score (points).
        var firstSolve = cells.Where(c => Solved(c, icpc, points))
            .GroupBy(c => c.ProblemId).ToDictionary(g => g.Key, g => g.Min(c => SolvedAt(c, icpc))!.Value);

        var unranked = participants.Select(user =>
        {
            var mine = byUser[user.UserId].ToDictionary(c => c.ProblemId);
            var row = problems.Select(p =>
            {
                if (!mine.TryGetValue(p.ProblemId, out var c)) return new ScoreboardCell(p.ProblemId, false, 0, 0, 0, null, false, null);
                var solved = Solved(c, icpc, points);
                var at = icpc ? c.AcceptedAt : c.BestAt;
                long? minutes = at is { } t ? (long)Math.Floor((t - contest.StartsAt).TotalMinutes) : null;
                return new ScoreboardCell(p.ProblemId, solved, icpc ? (solved ? p.Points : 0) : c.Best, c.Rejected, c.Pending, minutes,
                    solved && firstSolve.TryGetValue(p.ProblemId, out var first) && SolvedAt(c, icpc) == first, at);
            }).ToList();
            var penalty = icpc ? row.Where(c => c.Solved).Sum(c => c.Minutes!.Value + PenaltyPerRejection * c.Rejected) : 0;
            var last = row.Where(c => icpc ? c.Solved : c.Points > 0).Max(c => c.At);
            return new Standing(user.Username, row.Sum(c => c.Points), row.Count(c => c.Solved), penalty, last, row);
        });

        var ordered = icpc
            ? unranked.OrderByDescending(r => r.Solved).ThenBy(r => r.Penalty).ThenBy(r => r.Last ?? DateTime.MaxValue)
            : unranked.OrderByDescending(r => r.Points).ThenBy(r => r.Last ?? DateTime.MaxValue);
        var list = ordered.ThenBy(r => r.Username, StringComparer.Ordinal).ToList();

        // Equal keys share a rank (1, 2, 2, 4): the name order among them is only for a stable display.
        var rows = new List<ScoreboardRow>(list.Count);
        for (var i = 0; i < list.Count; i++)
        {
            var r = list[i];
            var tied = i > 0 && SameKey(list[i - 1], r, icpc);
            rows.Add(new ScoreboardRow(tied ? rows[i - 1].Rank : i + 1, r.Username, r.Points, r.Solved, r.Penalty, r.Last, r.Cells));
        }
        return rows;
    }

    private static bool Solved(Cell c, bool icpc, IReadOnlyDictionary<string, int> points) =>
        icpc ? c.AcceptedAt is not null : c.Best >= points[c.ProblemId];

    private static DateTime? SolvedAt(Cell c, bool icpc) => icpc ? c.AcceptedAt : c.BestAt;

    private sealed record Standing(string Username, decimal Points, int Solved, long Penalty, DateTime? Last, IReadOnlyList<ScoreboardCell> Cells);

    private static bool SameKey(Standing a, Standing b, bool icpc) =>
        icpc ? a.Solved == b.Solved && a.Penalty == b.Penalty && a.Last == b.Last : a.Points == b.Points && a.Last == b.Last;
}
