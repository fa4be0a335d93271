using System.Text.Json.Nodes;
using Dapper;
using MlJudge.Server.Database;
using Npgsql;

namespace MlJudge.Server.Submissions;

/// <summary>Submissions and their per-test results in PostgreSQL.</summary>
public sealed class SubmissionStore(NpgsqlDataSource database)
{
    private const string Columns = """
        s.id, s.user_id, u.username, s.problem_id, s.kind, s.source, s.status, s.verdict, s.message, s.passed, s.total,
        s.time_ms, s.compile_ms, s.isolation, s.diagnostics::text as diagnostics, s.attempts, s.created_at, s.finished_at, s.problem_hash
        """;

    public async Task<long> CreateAsync(long userId, string problemId, SubmissionKind kind, string source, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        // Stored and announced to idle workers in one round trip.
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition("""
            with created as (insert into submissions (user_id, problem_id, kind, source) values (@userId, @problemId, @kind, @source) returning id)
            select id from created, pg_notify(@channel, (select id from created)::text)
            """, new { userId, problemId, kind = kind.ToSql(), source, channel = Queue.NotificationChannels.Queue }, cancellationToken: cancellationToken));
    }

    public async Task<SubmissionRow?> GetAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<SubmissionRow>(new CommandDefinition(
            $"select {Columns} from submissions s join users u on u.id = s.user_id where s.id = @id", new { id }, cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<TestResultRow>> GetTestsAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<TestResultRow>(new CommandDefinition("""
            select submission_id, index, name, is_sample, verdict, time_ms, message, input::text as input, expected::text as expected,
                   got::text as got, stdout
            from test_results where submission_id = @id order by index
            """, new { id }, cancellationToken: cancellationToken))).AsList();
    }

    public async Task<IReadOnlyList<SubmissionSummary>> ListAsync(long? userId, string? problemId, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<SubmissionSummary>(new CommandDefinition("""
            select s.id, s.problem_id, u.username, s.kind, s.status, s.verdict, s.passed, s.total, s.time_ms, s.created_at, s.finished_at
            from submissions s join users u on u.id = s.user_id
            where (@userId::bigint is null or s.user_id = @userId) and (@problemId::text is null or s.problem_id = @problemId)
            order by s.id desc limit @limit
            """, new { userId, problemId, limit }, cancellationToken: cancellationToken))).AsList();
    }

    public async Task<bool> RequeueAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("delete from test_results where submission_id = @id", new { id }, transaction, cancellationToken: cancellationToken));
        var updated = await connection.ExecuteAsync(new CommandDefinition("""
            update submissions set status = 'Queued', verdict = null, message = null, passed = null, total = null, time_ms = null,
                compile_ms = null, diagnostics = null, attempts = 0, worker = null, lease_until = null, started_at = null, finished_at = null
            where id = @id
            """, new { id }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition("select pg_notify(@channel, @id::text)",
            new { channel = Queue.NotificationChannels.Queue, id }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return updated > 0;
    }

    public static SubmissionDetail ToDetail(SubmissionRow row, IReadOnlyList<TestResultRow> tests) => new(
        row.Id, row.ProblemId, row.Username, row.Kind, row.Status, row.Verdict, row.Source, row.CreatedAt, row.FinishedAt,
        row.Passed, row.Total, row.TimeMs is { } t ? Math.Round(t, 3) : null, row.Message, row.Isolation,
        row.Diagnostics is null ? new JsonArray() : JsonNode.Parse(row.Diagnostics), tests.Select(TestResultDto.From).ToList(), row.ProblemHash);
}
