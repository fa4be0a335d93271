using Dapper;
using Npgsql;

namespace MlJudge.Server.Contests;

/// <summary>A submit in a contest, without its source: the contest views never carry anyone's code.</summary>
public sealed record ContestSubmission(
    long Id, string Username, string ProblemId, string Status, string? Verdict, int? HiddenPassed, int? HiddenTotal, bool Late, DateTime CreatedAt);

public sealed class ContestSubmissionsQuery(NpgsqlDataSource database)
{
    public async Task<IReadOnlyList<ContestSubmission>> ListAsync(long contestId, long? userId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<ContestSubmission>(new CommandDefinition("""
            select s.id, u.username, s.problem_id, s.status, s.verdict, s.hidden_passed, s.hidden_total, s.late, s.created_at
            from submissions s join users u on u.id = s.user_id
            where s.contest_id = @contestId and s.kind = 'submit' and (@userId::bigint is null or s.user_id = @userId)
            order by s.id desc limit 2000
            """, new { contestId, userId }, cancellationToken: cancellationToken))).AsList();
    }
}
