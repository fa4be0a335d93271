using Dapper;
using Npgsql;

namespace MlJudge.Server.Leaderboard;

public sealed record Standing(int Rank, string Username, int Solved, long PenaltyMinutes, DateTime? LastAcceptedAt);

public sealed record FastestSolution(int Rank, string Username, double TimeMs, long SubmissionId, DateTime AcceptedAt);

public sealed class LeaderboardStore(NpgsqlDataSource database)
{
    /// <summary>
    /// ICPC-style standings over finished submits (runs never count): more solved first, then less penalty —
    /// per solved problem, whole minutes from the user's first submit to the first Accepted plus 20 per
    /// rejected submit before it (InternalError is the judge's fault and does not count) — then the earlier last Accepted.
    /// </summary>
    public async Task<IReadOnlyList<Standing>> StandingsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Username, int Solved, long Penalty, DateTime? LastAcceptedAt)>(new CommandDefinition("""
            with finished as (
                select user_id, problem_id, created_at, verdict from submissions
                where kind = 'submit' and status = 'Finished' and verdict <> 'InternalError'),
            per_problem as (
                select user_id, problem_id, min(created_at) as first_at,
                       min(created_at) filter (where verdict = 'Accepted') as accepted_at
                from finished group by user_id, problem_id),
            solved as (
                select p.user_id, p.accepted_at,
                       floor(extract(epoch from p.accepted_at - p.first_at) / 60)::bigint
                       + 20 * (select count(*) from finished f where f.user_id = p.user_id and f.problem_id = p.problem_id
                               and f.created_at < p.accepted_at and f.verdict <> 'Accepted') as penalty
                from per_problem p where p.accepted_at is not null)
            select u.username, count(*)::int as solved, sum(s.penalty)::bigint as penalty, max(s.accepted_at) as last_accepted_at
            from solved s join users u on u.id = s.user_id
            group by u.username
            order by solved desc, penalty asc, last_accepted_at asc, u.username asc
            """, cancellationToken: cancellationToken));
        return rows.Select((r, i) => new Standing(i + 1, r.Username, r.Solved, r.Penalty, r.LastAcceptedAt)).ToList();
    }

    /// <summary>The fastest Accepted submit per user on one problem, by its slowest test's time (see JudgeQueue.FinishAsync).</summary>
    public async Task<IReadOnlyList<FastestSolution>> FastestAsync(string problemId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Username, double TimeMs, long Id, DateTime FinishedAt)>(new CommandDefinition("""
            select distinct on (s.user_id) u.username, s.time_ms, s.id, s.finished_at
            from submissions s join users u on u.id = s.user_id
            where s.problem_id = @problemId and s.kind = 'submit' and s.verdict = 'Accepted'
            order by s.user_id, s.time_ms asc, s.id asc
            """, new { problemId }, cancellationToken: cancellationToken));
        return rows.OrderBy(r => r.TimeMs).ThenBy(r => r.Id)
            .Select((r, i) => new FastestSolution(i + 1, r.Username, Math.Round(r.TimeMs, 3), r.Id, r.FinishedAt)).ToList();
    }

    public async Task<IReadOnlySet<string>> SolvedAsync(long userId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<string>(new CommandDefinition(
            "select distinct problem_id from submissions where user_id = @userId and kind = 'submit' and verdict = 'Accepted'",
            new { userId }, cancellationToken: cancellationToken))).ToHashSet();
    }
}
