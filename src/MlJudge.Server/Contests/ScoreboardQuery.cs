using Dapper;
using Npgsql;

namespace MlJudge.Server.Contests;

/// <summary>
/// Computes a contest board. PostgreSQL aggregates the submits into one cell per (participant, problem);
/// only those cells (participants × problems) come back, and ranking them happens here.
/// </summary>
public sealed class ScoreboardQuery(NpgsqlDataSource database, ContestStore contests)
{
    private sealed record CellRow(long UserId, string ProblemId, DateTime? AcceptedAt, decimal Best, DateTime? BestAt, int Rejected, int Pending);

    /// <summary>What a board is built from: its columns, its rows' users and every (participant, problem) cell.</summary>
    public sealed record BoardData(
        IReadOnlyList<ContestProblemDto> Problems, IReadOnlyList<(long UserId, string Username)> Participants, IReadOnlyList<ScoreboardRanking.Cell> Cells);

    /// <param name="cutoff">Others' submits from this time on count as pending (null: nothing hidden).</param>
    public async Task<ScoreboardDto> ComputeAsync(ContestRow contest, long viewer, DateTime? cutoff, CancellationToken cancellationToken)
    {
        var data = await LoadAsync(contest, viewer, cutoff, cancellationToken);
        return new ScoreboardDto(contest.Id, contest.ScoringMode, cutoff is not null, cutoff, data.Problems,
            ScoreboardRanking.Rank(contest, data.Problems, data.Participants, data.Cells));
    }

    /// <summary>Everyone's cells as <paramref name="viewer"/> sees them (0: a viewer with no submits of their own).</summary>
    public async Task<BoardData> LoadAsync(ContestRow contest, long viewer, DateTime? cutoff, CancellationToken cancellationToken)
    {
        var problems = await contests.ProblemsAsync(contest.Id, cancellationToken);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var participants = (await connection.QueryAsync<(long UserId, string Username)>(new CommandDefinition("""
            select u.id, u.username from contest_participants p join users u on u.id = p.user_id where p.contest_id = @Id
            """, new { contest.Id }, cancellationToken: cancellationToken))).AsList();
        var cells = await CellsAsync(connection, contest.Id, viewer, cutoff, only: null, cancellationToken);
        return new BoardData(problems, participants, cells);
    }

    /// <summary>One participant's cells with nothing hidden: what they see of themselves on a frozen board.</summary>
    public async Task<IReadOnlyList<ScoreboardRanking.Cell>> OwnCellsAsync(long contestId, long userId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await CellsAsync(connection, contestId, userId, cutoff: null, only: userId, cancellationToken);
    }

    private static async Task<IReadOnlyList<ScoreboardRanking.Cell>> CellsAsync(
        NpgsqlConnection connection, long id, long viewer, DateTime? cutoff, long? only, CancellationToken cancellationToken)
    {
        // One pass over the contest's submits: the window gives each submit its cell's Accepted time and best score,
        // the grouping then counts what depends on them. (Two CTE scans joined back to each other planned as a
        // nested loop over 20 000 rows: ~1 s for the benchmark's board.)
        var cells = (await connection.QueryAsync<CellRow>(new CommandDefinition("""
            select user_id, problem_id, accepted_at, coalesce(best, 0) as best,
                   min(created_at) filter (where judged and score = best and best > 0) as best_at,
                   -- Compile errors cost nothing; rejected submits after the Accepted do not count either.
                   (count(*) filter (where judged and verdict not in ('Accepted', 'CompilationError')
                                     and (accepted_at is null or created_at < accepted_at)))::int as rejected,
                   (count(*) filter (where waiting))::int as pending
            from (
                select j.*,
                       min(j.created_at) filter (where j.judged and j.verdict = 'Accepted' and not j.late) over cell as accepted_at,
                       max(j.score) filter (where j.judged) over cell as best
                from (
                    select s.user_id, s.problem_id, s.created_at, s.verdict, s.late,
                           -- InternalError is the judge's fault, never the participant's: neither judged nor waiting.
                           v.visible and s.status = 'Finished' and s.verdict <> 'InternalError' as judged,
                           not v.visible or s.status <> 'Finished' as waiting,
                           -- Partial credit per submit: points × passed hidden / hidden tests, times the late factor; rounded to cents.
                           case when s.hidden_total > 0
                                then round(cp.points * s.hidden_passed::numeric / s.hidden_total * case when s.late then c.late_factor else 1 end, 2)
                                else 0 end as score
                    from submissions s
                    join contests c on c.id = @id
                    join contest_problems cp on cp.contest_id = c.id and cp.problem_id = s.problem_id
                    -- Others' submits from the cutoff on are pending for this viewer (a frozen board).
                    cross join lateral (select @cutoff::timestamptz is null or s.created_at < @cutoff or s.user_id = @viewer as visible) v
                    where s.contest_id = @id and s.kind = 'submit' and (@only::bigint is null or s.user_id = @only)) j
                window cell as (partition by j.user_id, j.problem_id)) w
            group by user_id, problem_id, accepted_at, best
            """, new { id, viewer, cutoff, only }, cancellationToken: cancellationToken))).AsList();
        return cells.Select(c => new ScoreboardRanking.Cell(c.UserId, c.ProblemId, c.AcceptedAt, c.Best, c.BestAt, c.Rejected, c.Pending)).ToList();
    }
}
