using System.Text.Json;
using Dapper;
using MlJudge.Server.Database;
using MlJudge.Engine.Judging;
using MlJudge.Server.Submissions;
using Npgsql;

namespace MlJudge.Server.Queue;

/// <param name="CustomArgs">A custom run's arguments (JSON), else null.</param>
public sealed record ClaimedSubmission(long Id, long UserId, string ProblemId, Submissions.SubmissionKind Kind, string Source, int Attempts, string? CustomArgs = null);

/// <summary>
/// PostgreSQL as the judge queue: workers claim with FOR UPDATE SKIP LOCKED under a lease; a lease that
/// expires (a dead worker) makes the submission claimable again. Every write is fenced by the attempt
/// number, so a worker that lost its claim cannot overwrite the retry's results.
/// </summary>
public sealed class JudgeQueue(NpgsqlDataSource database, Microsoft.Extensions.Options.IOptions<MlJudgeOptions> options)
{
    private static readonly JsonSerializerOptions Json = JudgeEvent.Json;

    // The rows handed to jsonb_to_recordset: PascalCase names, enums by name (the text the columns hold).
    private static readonly JsonSerializerOptions RowJson = new() { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    public async Task<ClaimedSubmission?> ClaimAsync(string worker, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        // One statement: claim the oldest claimable submission and drop what a dead earlier attempt stored.
        // Fairness: never a second submission of a user who has one being judged (under a live lease), so one
        // user's compile bombs or time-limit storms wait behind everyone else's work instead of filling every slot.
        var claimed = await connection.QuerySingleOrDefaultAsync<ClaimedSubmission>(new CommandDefinition("""
            with claimed as (
                update submissions s set status = 'Compiling', attempts = s.attempts + 1, worker = @worker, started_at = now(),
                    lease_until = now() + make_interval(secs => @lease)
                where s.id = (
                    select q.id from submissions q
                    where (q.status = 'Queued' or (q.status in ('Compiling', 'Running') and q.lease_until < now())) and q.attempts < @max
                      and not exists (select 1 from submissions r
                                      where r.user_id = q.user_id and r.id <> q.id and r.status in ('Compiling', 'Running')
                                        and r.lease_until >= now())
                    order by q.id
                    for update skip locked
                    limit 1)
                returning s.id, s.user_id, s.problem_id, s.kind, s.source, s.attempts, s.custom_args::text as custom_args),
            cleared as (delete from test_results where submission_id in (select id from claimed))
            select * from claimed
            """, new { worker, lease = options.Value.LeaseSeconds, max = options.Value.MaxAttempts }, cancellationToken: cancellationToken));
        if (claimed is null) await FinishExhaustedAsync(connection, cancellationToken);
        return claimed;
    }

    // Submissions whose every attempt died are finished as InternalError rather than retried forever.
    private async Task FinishExhaustedAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var ids = await connection.QueryAsync<long>(new CommandDefinition("""
            update submissions set status = 'Finished', verdict = 'InternalError', message = 'the judge failed repeatedly on this submission',
                finished_at = now(), lease_until = null
            where status in ('Queued', 'Compiling', 'Running') and attempts >= @max and (lease_until is null or lease_until < now())
            returning id
            """, new { max = options.Value.MaxAttempts }, cancellationToken: cancellationToken));
        foreach (var id in ids) await NotifyAsync(connection, new JudgeEvent(JudgeEvent.Verdict, id), cancellationToken);
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

    /// <param name="problemHash">When given, also records which version of the problem this attempt judges against.</param>
    public async Task SetStatusAsync(ClaimedSubmission claim, SubmissionStatus status, int total, string? problemHash, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("""
            with updated as (
                update submissions set status = @status, total = @total, problem_hash = coalesce(@problemHash, problem_hash)
                where id = @Id and attempts = @Attempts and status <> 'Finished' returning id)
            select pg_notify(@channel, @payload) from updated
            """, new { claim.Id, claim.Attempts, status = status.ToSql(), total, problemHash, channel = NotificationChannels.Events,
                payload = JsonSerializer.Serialize(new JudgeEvent(JudgeEvent.Status, claim.Id, NewStatus: status), Json) }, cancellationToken: cancellationToken));
    }

    /// <summary>Stores a batch of test results and announces them, in one round trip; fenced by the attempt.</summary>
    public async Task AddTestsAsync(ClaimedSubmission claim, IReadOnlyList<TestOutcome> tests, CancellationToken cancellationToken)
    {
        if (tests.Count == 0) return;
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(AddTestsSql, TestsParameters(claim, tests), cancellationToken: cancellationToken));
    }

    private const string AddTestsSql = """
        with batch as (
            select * from jsonb_to_recordset(@rows::jsonb) as r(
                "Index" int, "Name" text, "IsSample" boolean, "Verdict" text, "TimeMs" double precision, "Message" text,
                "Input" text, "Expected" text, "Got" text, "Stdout" text, "Mismatches" text)),
        inserted as (
            insert into test_results (submission_id, index, name, is_sample, verdict, time_ms, message, input, expected, got, stdout, mismatches)
            select @Id, b."Index", b."Name", b."IsSample", b."Verdict", b."TimeMs", b."Message", b."Input"::jsonb, b."Expected"::jsonb, b."Got"::jsonb, b."Stdout",
                   b."Mismatches"::jsonb
            from batch b
            where exists (select 1 from submissions where id = @Id and attempts = @Attempts and status <> 'Finished')
            on conflict (submission_id, index) do nothing
            returning index)
        select pg_notify(@channel, @testsPayload) where exists (select 1 from inserted)
        """;

    private static DynamicParameters TestsParameters(ClaimedSubmission claim, IReadOnlyList<TestOutcome> tests)
    {
        var rows = tests.Select(t => new TestResultRow(claim.Id, t.Index, t.Name, t.IsSample, t.Verdict, t.TimeMs, t.Message,
            t.Input?.ToJsonString(), t.Expected?.ToJsonString(), t.Got?.ToJsonString(), t.Stdout?.Replace("\0", ""),
            t.Mismatches is null ? null : JsonSerializer.Serialize(t.Mismatches, TestResultDto.StoredJson))).ToList();
        var inline = JsonSerializer.Serialize(new JudgeEvent(JudgeEvent.Test, claim.Id, Results: rows.Select(TestResultDto.From).ToList()), Json);
        var payload = inline.Length <= JudgeEvent.MaxInlinePayload
            ? inline
            : JsonSerializer.Serialize(new JudgeEvent(JudgeEvent.Test, claim.Id, Indexes: rows.Select(r => r.Index).ToArray()), Json);
        return new DynamicParameters(new { claim.Id, claim.Attempts, rows = JsonSerializer.Serialize(rows, RowJson), channel = NotificationChannels.Events, testsPayload = payload });
    }

    /// <summary>
    /// Stores the last test results and the verdict, with the slowest test's time as the submission's time (what
    /// "fastest" ranks by), and announces them, a first Accepted submit on the problem also as a standings change.
    /// One round trip: these statements go as one batch, which PostgreSQL runs as one transaction, so the
    /// announcements leave together, in order, when it commits; every one is fenced by the attempt.
    /// </summary>
    public async Task FinishAsync(ClaimedSubmission claim, JudgeResult result, IReadOnlyList<TestOutcome> lastTests, CancellationToken cancellationToken)
    {
        var parameters = lastTests.Count > 0 ? TestsParameters(claim, lastTests) : new DynamicParameters(new { claim.Id, claim.Attempts, channel = NotificationChannels.Events });
        parameters.AddDynamicParams(new
        {
            claim.UserId, claim.ProblemId, Verdict = result.Verdict.ToSql(), result.Message, result.Passed, Total = result.TotalTests,
            TimeMs = result.MaxTestMs, CompileMs = result.Timings.CompileMs, result.Isolation,
            Diagnostics = JsonSerializer.Serialize(result.Diagnostics, Json),
            Diagnosis = result.Diagnosis is null ? null : JsonSerializer.Serialize(result.Diagnosis, Json),
            // Partial credit. Samples run first, so when any hidden test ran every sample did and the count is exact;
            // otherwise no hidden test passed and the score is 0 whatever the denominator.
            HiddenPassed = result.Tests.Count(t => !t.IsSample && t.Verdict == Verdict.Accepted),
            HiddenTotal = result.TotalTests - result.Tests.Count(t => t.IsSample),
            AcceptedSubmit = claim.Kind == Submissions.SubmissionKind.Submit && result.Verdict == Verdict.Accepted,
            verdictPayload = JsonSerializer.Serialize(new JudgeEvent(JudgeEvent.Verdict, claim.Id), Json),
            leaderboardPayload = JsonSerializer.Serialize(new JudgeEvent(JudgeEvent.Leaderboard, claim.Id), Json),
        });
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition((lastTests.Count > 0 ? AddTestsSql + ";\n" : "") + """
            with updated as (
                update submissions set status = 'Finished', verdict = @Verdict, message = @Message, passed = @Passed, total = @Total,
                    time_ms = @TimeMs, compile_ms = @CompileMs, isolation = @Isolation, diagnostics = @Diagnostics::jsonb, diagnosis = @Diagnosis::jsonb,
                    hidden_passed = @HiddenPassed, hidden_total = @HiddenTotal, finished_at = now(), lease_until = null
                where id = @Id and attempts = @Attempts and status <> 'Finished'
                returning id)
            select pg_notify(@channel, @verdictPayload) from updated;
            -- finished_at = now() (the transaction's start): this very batch finished it.
            select pg_notify(@channel, @leaderboardPayload)
            where @AcceptedSubmit
              and exists (select 1 from submissions where id = @Id and attempts = @Attempts and status = 'Finished' and finished_at = now())
              and not exists (select 1 from submissions where user_id = @UserId and problem_id = @ProblemId and kind = 'submit'
                              and verdict = 'Accepted' and id <> @Id)
            """, parameters, cancellationToken: cancellationToken));
    }

    /// <summary>Stores a custom run's outputs and comparison, then its verdict (so whoever sees the verdict finds both).</summary>
    public async Task FinishCustomAsync(ClaimedSubmission claim, CustomRunResult result, CancellationToken cancellationToken)
    {
        await using (var connection = await database.OpenConnectionAsync(cancellationToken))
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "update submissions set custom_result = @custom::jsonb where id = @Id and attempts = @Attempts and status <> 'Finished'",
                new { claim.Id, claim.Attempts, custom = JsonSerializer.Serialize(CustomRunDto.From(result), Json) }, cancellationToken: cancellationToken));
        }
        await FinishAsync(claim, result.Submission, [], cancellationToken);
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
