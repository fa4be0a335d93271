using System.Text.Json;
using Dapper;
using MlJudge.Engine.Judging;
using Npgsql;

namespace MlJudge.Server.Queue;

public sealed record ClaimedSubmission(long Id, long UserId, string ProblemId, string Kind, string Source, int Attempts);

/// <summary>
/// PostgreSQL as the judge queue: workers claim with FOR UPDATE SKIP LOCKED under a lease; a lease that
/// expires (a dead worker) makes the submission claimable again. Every write is fenced by the attempt
/// number, so a worker that lost its claim cannot overwrite the retry's results.
/// </summary>
public sealed class JudgeQueue(NpgsqlDataSource database, Microsoft.Extensions.Options.IOptions<MlJudgeOptions> options)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<ClaimedSubmission?> ClaimAsync(string worker, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // Exhausted submissions are finished as InternalError rather than retried forever.
        await connection.ExecuteAsync(new CommandDefinition("""
            update submissions set status = 'Finished', verdict = 'InternalError', message = 'the judge failed repeatedly on this submission',
                finished_at = now(), lease_until = null
            where status in ('Compiling', 'Running') and lease_until < now() and attempts >= @max
            """, new { max = options.Value.MaxAttempts }, transaction, cancellationToken: cancellationToken));
        var claimed = await connection.QuerySingleOrDefaultAsync<ClaimedSubmission>(new CommandDefinition("""
            update submissions s set status = 'Compiling', attempts = s.attempts + 1, worker = @worker, started_at = now(),
                lease_until = now() + make_interval(secs => @lease)
            where s.id = (
                select id from submissions
                where status = 'Queued' or (status in ('Compiling', 'Running') and lease_until < now())
                order by id
                for update skip locked
                limit 1)
            returning s.id, s.user_id, s.problem_id, s.kind, s.source, s.attempts
            """, new { worker, lease = options.Value.LeaseSeconds }, transaction, cancellationToken: cancellationToken));
        if (claimed is not null)
        {
            // A retry starts from scratch: results of the attempt that died are dropped.
            await connection.ExecuteAsync(new CommandDefinition("delete from test_results where submission_id = @Id", claimed, transaction, cancellationToken: cancellationToken));
        }
        await transaction.CommitAsync(cancellationToken);
        return claimed;
    }

    /// <summary>Extends the lease; false when this attempt no longer owns the submission.</summary>
    public async Task<bool> RenewAsync(ClaimedSubmission claim, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition("""
            update submissions set lease_until = now() + make_interval(secs => @lease)
            where id = @Id and attempts = @Attempts and status <> 'Finished'
            """, new { claim.Id, claim.Attempts, lease = options.Value.LeaseSeconds }, cancellationToken: cancellationToken)) == 1;
    }

    public async Task SetStatusAsync(ClaimedSubmission claim, string status, int total, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var updated = await connection.ExecuteAsync(new CommandDefinition(
            "update submissions set status = @status, total = @total where id = @Id and attempts = @Attempts and status <> 'Finished'",
            new { claim.Id, claim.Attempts, status, total }, cancellationToken: cancellationToken));
        if (updated == 1) await NotifyAsync(connection, new JudgeEvent(JudgeEvent.Status, claim.Id), cancellationToken);
    }

    public async Task AddTestAsync(ClaimedSubmission claim, TestOutcome test, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var inserted = await connection.ExecuteAsync(new CommandDefinition("""
            insert into test_results (submission_id, index, name, is_sample, verdict, time_ms, message, input, expected, got, stdout)
            select @Id, @Index, @Name, @IsSample, @Verdict, @TimeMs, @Message, @Input::jsonb, @Expected::jsonb, @Got::jsonb, @Stdout
            where exists (select 1 from submissions where id = @Id and attempts = @Attempts and status <> 'Finished')
            on conflict (submission_id, index) do nothing
            """, new
            {
                claim.Id, claim.Attempts, test.Index, test.Name, test.IsSample, Verdict = test.Verdict.ToString(), test.TimeMs, test.Message,
                Input = test.Input?.ToJsonString(), Expected = test.Expected?.ToJsonString(), Got = test.Got?.ToJsonString(),
                Stdout = test.Stdout?.Replace("\0", ""),
            }, cancellationToken: cancellationToken));
        if (inserted == 1) await NotifyAsync(connection, new JudgeEvent(JudgeEvent.Test, claim.Id, test.Index), cancellationToken);
    }

    /// <summary>Stores the verdict; returns whether this was the user's first Accepted submit on the problem (standings changed).</summary>
    public async Task<bool> FinishAsync(ClaimedSubmission claim, JudgeResult result, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var updated = await connection.ExecuteAsync(new CommandDefinition("""
            update submissions set status = 'Finished', verdict = @Verdict, message = @Message, passed = @Passed, total = @Total,
                time_ms = @TimeMs, compile_ms = @CompileMs, isolation = @Isolation, diagnostics = @Diagnostics::jsonb,
                finished_at = now(), lease_until = null
            where id = @Id and attempts = @Attempts and status <> 'Finished'
            """, new
            {
                claim.Id, claim.Attempts, Verdict = result.Verdict.ToString(), result.Message, result.Passed, Total = result.TotalTests,
                TimeMs = result.Tests.Sum(t => t.TimeMs), CompileMs = result.Timings.CompileMs, result.Isolation,
                Diagnostics = JsonSerializer.Serialize(result.Diagnostics, Json),
            }, cancellationToken: cancellationToken));
        if (updated != 1) return false;
        await NotifyAsync(connection, new JudgeEvent(JudgeEvent.Verdict, claim.Id), cancellationToken);
        if (claim.Kind != Submissions.SubmissionKinds.Submit || result.Verdict != Verdict.Accepted) return false;
        var firstAccepted = await connection.ExecuteScalarAsync<bool>(new CommandDefinition("""
            select not exists (select 1 from submissions where user_id = @UserId and problem_id = @ProblemId and kind = 'submit'
                               and verdict = 'Accepted' and id <> @Id)
            """, claim, cancellationToken: cancellationToken));
        if (firstAccepted) await NotifyAsync(connection, new JudgeEvent(JudgeEvent.Leaderboard, claim.Id), cancellationToken);
        return firstAccepted;
    }

    public async Task FailAsync(ClaimedSubmission claim, string message, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var updated = await connection.ExecuteAsync(new CommandDefinition("""
            update submissions set status = 'Finished', verdict = 'InternalError', message = @message, finished_at = now(), lease_until = null
            where id = @Id and attempts = @Attempts and status <> 'Finished'
            """, new { claim.Id, claim.Attempts, message }, cancellationToken: cancellationToken));
        if (updated == 1) await NotifyAsync(connection, new JudgeEvent(JudgeEvent.Verdict, claim.Id), cancellationToken);
    }

    private static Task NotifyAsync(NpgsqlConnection connection, JudgeEvent judgeEvent, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition("select pg_notify(@channel, @payload)",
            new { channel = NotificationChannels.Events, payload = JsonSerializer.Serialize(judgeEvent, Json) }, cancellationToken: cancellationToken));
}
