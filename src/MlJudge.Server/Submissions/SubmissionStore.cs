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
        s.time_ms, s.compile_ms, s.isolation, s.diagnostics::text as diagnostics, s.diagnosis::text as diagnosis, s.attempts, s.created_at, s.finished_at,
        s.problem_hash, s.custom_args::text as custom_args, s.custom_result::text as custom_result
        """;

    /// <param name="contest">The contest the submit counts for (null: practice).</param>
    public async Task<long> CreateAsync(long userId, string problemId, SubmissionKind kind, string source, Contests.ContestEntry? contest, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        // Stored and announced to idle workers in one round trip.
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition("""
            with created as (
                insert into submissions (user_id, problem_id, kind, source, contest_id, late)
                values (@userId, @problemId, @kind, @source, @contestId, @late) returning id)
            select id from created, pg_notify(@channel, (select id from created)::text)
            """, new { userId, problemId, kind = kind.ToSql(), source, contestId = contest?.ContestId, late = contest?.Late ?? false, channel = Queue.NotificationChannels.Queue },
            cancellationToken: cancellationToken));
    }

    /// <summary>Queues a run on the learner's own (validated) arguments; it never counts, like a run.</summary>
    public async Task<long> CreateCustomAsync(long userId, string problemId, string source, string args, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition("""
            with created as (
                insert into submissions (user_id, problem_id, kind, source, custom_args)
                values (@userId, @problemId, @kind, @source, @args::jsonb) returning id)
            select id from created, pg_notify(@channel, (select id from created)::text)
            """, new { userId, problemId, kind = SubmissionKind.Custom.ToSql(), source, args, channel = Queue.NotificationChannels.Queue },
            cancellationToken: cancellationToken));
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
                   got::text as got, stdout, mismatches::text as mismatches
            from test_results where submission_id = @id order by index
            """, new { id }, cancellationToken: cancellationToken))).AsList();
    }

    /// <summary>The newest submissions; <paramref name="everything"/> false (students) leaves out the total time (see <see cref="ResultVisibility"/>).</summary>
    public async Task<IReadOnlyList<SubmissionSummary>> ListAsync(long? userId, string? problemId, int limit, bool everything, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<SubmissionSummary>(new CommandDefinition("""
            select s.id, s.problem_id, u.username, s.kind, s.status, s.verdict, s.passed, s.total,
                   case when @everything then s.time_ms end as time_ms,
                   case when s.status = 'Finished'
                        then (select round(max(t.time_ms)::numeric)::bigint from test_results t where t.submission_id = s.id) end as max_time_ms,
                   s.created_at, s.finished_at
            from submissions s join users u on u.id = s.user_id
            where (@userId::bigint is null or s.user_id = @userId) and (@problemId::text is null or s.problem_id = @problemId)
            order by s.id desc limit @limit
            """, new { userId, problemId, limit, everything }, cancellationToken: cancellationToken))).AsList();
    }

    public async Task<bool> RequeueAsync(long id, CancellationToken cancellationToken) => await RequeueAsync([id], cancellationToken) > 0;

    /// <summary>Queues submissions again from scratch (a rejudge after a problem folder was fixed); returns how many.</summary>
    public async Task<int> RequeueAsync(long[] ids, CancellationToken cancellationToken)
    {
        if (ids.Length == 0) return 0;
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("delete from test_results where submission_id = any(@ids)", new { ids }, transaction, cancellationToken: cancellationToken));
        var updated = await connection.ExecuteAsync(new CommandDefinition("""
            update submissions set status = 'Queued', verdict = null, message = null, passed = null, total = null, time_ms = null,
                compile_ms = null, diagnostics = null, diagnosis = null, custom_result = null, hidden_passed = null, hidden_total = null, attempts = 0, worker = null,
                lease_until = null, started_at = null, finished_at = null
            where id = any(@ids)
            """, new { ids }, transaction, cancellationToken: cancellationToken));
        // One wake-up is enough: a woken worker keeps claiming until the queue is empty.
        await connection.ExecuteAsync(new CommandDefinition("select pg_notify(@channel, @id::text)",
            new { channel = Queue.NotificationChannels.Queue, id = ids[0] }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return updated;
    }
}
