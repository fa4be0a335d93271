using MlJudge.Engine.Judging;
using MlJudge.Server.Problems;
using MlJudge.Server.Queue;
using MlJudge.Server.Submissions;

namespace MlJudge.Server.Workers;

/// <summary>
/// Judge worker slots: each claims a submission from the PostgreSQL queue and judges it with the shared engine,
/// streaming progress through <see cref="ProgressBatcher"/> while <see cref="LeaseKeeper"/> renews the claim.
/// </summary>
public sealed class JudgeWorker(
    JudgeQueue queue,
    NotificationListener notifications,
    JudgeEngineProvider engines,
    LeaseKeeper lease,
    Metrics.JudgeMetrics metrics,
    ProblemCatalogService problems,
    Microsoft.Extensions.Options.IOptions<MlJudgeOptions> options,
    ILogger<JudgeWorker> logger) : BackgroundService
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(2);
    private int _busy;

    public int Slots => options.Value.Workers;

    public int Busy => _busy;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (Slots <= 0) return;
        var engine = await engines.GetAsync(stoppingToken);
        var name = $"{Environment.MachineName}:{Environment.ProcessId}";
        await Task.WhenAll(Enumerable.Range(0, Slots).Select(slot => RunSlotAsync(engine, $"{name}/{slot}", stoppingToken)));
    }

    private async Task RunSlotAsync(JudgeEngine engine, string worker, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var claim = await queue.ClaimAsync(worker, stoppingToken);
                if (claim is null)
                {
                    await notifications.WaitForWorkAsync(PollInterval, stoppingToken);
                    continue;
                }
                notifications.SignalWork(); // there may be more; let another idle slot look
                Interlocked.Increment(ref _busy);
                try { await JudgeAsync(engine, claim, stoppingToken); }
                finally { Interlocked.Decrement(ref _busy); }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // Database down or similar: the lease makes the submission come back; wait and carry on.
                logger.LogWarning(e, "Worker {Worker} failed", worker);
                try { await Task.Delay(PollInterval, stoppingToken); }
                catch (OperationCanceledException) { return; }
            }
        }
    }

    private async Task JudgeAsync(JudgeEngine engine, ClaimedSubmission claim, CancellationToken stoppingToken)
    {
        if (await problems.FindCurrentAsync(claim.ProblemId, stoppingToken) is not { } problem)
        {
            await queue.FailAsync(claim, $"problem '{claim.ProblemId}' is not loaded, or this worker's folder differs from the server's", stoppingToken);
            return;
        }
        using var lost = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var heartbeat = lease.KeepAsync(claim, lost, lost.Token);
        try
        {
            await using var observer = new ProgressBatcher(queue, claim, problem.ContentHash);
            JudgeResult result;
            if (claim.Kind == SubmissionKind.Custom)
            {
                var custom = await JudgeCustomAsync(engine, problem, claim, observer, lost.Token);
                await observer.FlushAsync(lost.Token);
                if (custom is null)
                {
                    await queue.FailAsync(claim, "the custom input no longer fits this problem (it changed since the run was queued)", stoppingToken);
                    return;
                }
                await queue.FinishCustomAsync(claim, custom, stoppingToken);
                result = custom.Submission;
            }
            else
            {
                var mode = claim.Kind == SubmissionKind.Run ? JudgeMode.Samples : JudgeMode.Full;
                result = await engine.JudgeAsync(problem, claim.Source, mode, observer, lost.Token);
                await observer.CompleteAsync(lastTests => queue.FinishAsync(claim, result, lastTests, stoppingToken), lost.Token);
            }
            metrics.Record(result, claim.Kind);
        }
        catch (OperationCanceledException) when (lost.IsCancellationRequested && !stoppingToken.IsCancellationRequested)
        {
            logger.LogWarning("Lost the lease on submission {Id}; another worker retries it", claim.Id);
        }
        finally
        {
            await lost.CancelAsync();
            try { await heartbeat; }
            catch (OperationCanceledException) { }
        }
    }

    // The arguments were validated when queued; a problem reloaded since may take others, so they are checked again.
    private static async Task<CustomRunResult?> JudgeCustomAsync(JudgeEngine engine, Engine.Problems.Problem problem, ClaimedSubmission claim,
        ProgressBatcher observer, CancellationToken cancellationToken)
    {
        var args = claim.CustomArgs is null ? null : System.Text.Json.Nodes.JsonNode.Parse(claim.CustomArgs) as System.Text.Json.Nodes.JsonObject;
        if (args is null || Engine.Values.CustomArguments.Validate(problem, args).Count > 0) return null;
        return await engine.JudgeCustomAsync(problem, claim.Source, args, observer, cancellationToken);
    }
}
