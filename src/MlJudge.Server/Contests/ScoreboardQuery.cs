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

    /// <param name="cutoff">Others' submits from this time on count as pending (null: nothing hidden).</param>
    public async Task<ScoreboardDto> ComputeAsync(ContestRow contest, long viewer, DateTime? cutoff, CancellationToken cancellationToken)
    {
        var problems = await contests.ProblemsAsync(contest.Id, cancellationToken);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var participants = (await connection.QueryAsync<(long UserId, string Username)>(new CommandDefinition("""
            select u.id, u.username from contest_participants p join users u on u.id = p.user_id where p.contest_id = @Id
            """, new { contest.Id }, cancellationToken: cancellationToken))).AsList();
        var cells = (await connection.QueryAsync<CellRow>(new CommandDefinition("""
            with subs as (
                select s.user_id, s.problem_id, s.created_at, s.status, s.verdict, s.late, s.hidden_passed, s.hidden_total,
                       (@cutoff::timestamptz is null or s.created_at < @cutoff or s.user_id = @viewer) as visible
                from submissions s where s.contest_id = @id and s.kind = 'submit'),
            judged as (
                -- Partial credit per submit: points × passed hidden / hidden tests, times the late factor; rounded to cents.
                select s.user_id, s.problem_id, s.created_at, s.verdict, s.late,
                       case when s.hidden_total > 0
                            then round(cp.points * s.hidden_passed::numeric / s.hidden_total * case when s.late then c.late_factor else 1 end, 2)
                            else 0 end as score
                from subs s
                join contest_problems cp on cp.contest_id = @id and cp.problem_id = s.problem_id
                join contests c on c.id = @id
                -- InternalError is the judge's fault, never the participant's.
                where s.visible and s.status = 'Finished' and s.verdict <> 'InternalError'),
            best as (
                select user_id, problem_id, min(created_at) filter (where verdict = 'Accepted' and not late) as accepted_at, max(score) as best
                from judged group by user_id, problem_id),
            detail as (
                select b.user_id, b.problem_id, b.accepted_at, b.best,
                       min(j.created_at) filter (where j.score = b.best and b.best > 0) as best_at,
                       -- Compile errors cost nothing; rejected submits after the Accepted do not count either.
                       count(*) filter (where j.verdict not in ('Accepted', 'CompilationError')
                                        and (b.accepted_at is null or j.created_at < b.accepted_at))::int as rejected
                from best b join judged j on j.user_id = b.user_id and j.problem_id = b.problem_id
                group by b.user_id, b.problem_id, b.accepted_at, b.best),
            pending as (
                select user_id, problem_id, count(*)::int as pending from subs where not visible or status <> 'Finished' group by user_id, problem_id)
            select coalesce(d.user_id, p.user_id) as user_id, coalesce(d.problem_id, p.problem_id) as problem_id, d.accepted_at,
                   coalesce(d.best, 0) as best, d.best_at, coalesce(d.rejected, 0) as rejected, coalesce(p.pending, 0) as pending
            from detail d full join pending p on p.user_id = d.user_id and p.problem_id = d.problem_id
            """, new { id = contest.Id, viewer, cutoff }, cancellationToken: cancellationToken))).AsList();
        var rows = ScoreboardRanking.Rank(contest, problems, participants, cells.Select(c =>
            new ScoreboardRanking.Cell(c.UserId, c.ProblemId, c.AcceptedAt, c.Best, c.BestAt, c.Rejected, c.Pending)).ToList());
        return new ScoreboardDto(contest.Id, contest.ScoringMode, cutoff is not null, cutoff, problems, rows);
    }
}
