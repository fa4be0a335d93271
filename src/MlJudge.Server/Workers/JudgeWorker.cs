using MlJudge.Engine.Judging;
using MlJudge.Server.Problems;
using MlJudge.Server.Queue;
using MlJudge.Server.Submissions;

namespace MlJudge.Server.Workers;

/// <summary>
/// Judge worker slots: each claims a submission from the PostgreSQL queue, judges it with the shared engine,
/// streams every step back through the queue's fenced writes, and renews its lease while it works.
/// </summary>
public sealed class JudgeWorker(
    JudgeQueue queue,
    NotificationListener notifications,
    JudgeEngineHost engines,
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
                logger.LogWarning("Worker {Worker} failed: {Message}", worker, e.Message);
                try { await Task.Delay(PollInterval, stoppingToken); }
                catch (OperationCanceledException) { return; }
            }
        }
    }

    private async Task JudgeAsync(JudgeEngine engine, ClaimedSubmission claim, CancellationToken stoppingToken)
    {
        if (problems.Find(claim.ProblemId) is not { } problem)
        {
            await queue.FailAsync(claim, $"problem '{claim.ProblemId}' is not loaded", stoppingToken);
            return;
        }
        using var lost = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var heartbeat = RenewLeaseAsync(claim, lost, lost.Token);
        try
        {
            var mode = claim.Kind == SubmissionKinds.Run ? JudgeMode.Samples : JudgeMode.Full;
            await using var observer = new QueueObserver(queue, claim);
            var result = await engine.JudgeAsync(problem, claim.Source, mode, observer, lost.Token);
            await observer.FlushAsync(lost.Token);
            await queue.FinishAsync(claim, result, stoppingToken);
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

    private async Task RenewLeaseAsync(ClaimedSubmission claim, CancellationTokenSource lost, CancellationToken cancellationToken)
    {
        var interval = TimeSpan.FromSeconds(Math.Max(1, options.Value.LeaseSeconds / 3.0));
        while (!cancellationToken.IsCancellationRequested)
        {
            await Task.Delay(interval, cancellationToken);
            try
            {
                if (!await queue.RenewAsync(claim, cancellationToken)) await lost.CancelAsync();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning("Could not renew the lease on submission {Id}: {Message}", claim.Id, e.Message);
            }
        }
    }

    /// <summary>
    /// Streams progress into the queue. Results are written in small batches — at most 16 tests, and never held
    /// longer than 25 ms — so a fast submission costs two database round trips instead of thirty, while a
    /// slow one still shows every test as it finishes.
    /// </summary>
    private sealed class QueueObserver(JudgeQueue queue, ClaimedSubmission claim) : IJudgeObserver, IAsyncDisposable
    {
        private const int BatchSize = 16;
        private static readonly TimeSpan MaxDelay = TimeSpan.FromMilliseconds(25);
        private readonly List<TestOutcome> _pending = [];
        private readonly SemaphoreSlim _gate = new(1, 1);
        private Task _timer = Task.CompletedTask;

        public async ValueTask OnPhaseAsync(JudgePhase phase, int totalTests, CancellationToken cancellationToken)
        {
            await FlushAsync(cancellationToken);
            await queue.SetStatusAsync(claim, phase == JudgePhase.Compiling ? SubmissionStatuses.Compiling : SubmissionStatuses.Running, totalTests, cancellationToken);
        }

        public async ValueTask OnTestAsync(TestOutcome outcome, CancellationToken cancellationToken)
        {
            bool full, first;
            lock (_pending)
            {
                _pending.Add(outcome);
                full = _pending.Count >= BatchSize;
                first = _pending.Count == 1;
            }
            if (full) await FlushAsync(cancellationToken);
            else if (first) _timer = Task.Delay(MaxDelay, cancellationToken).ContinueWith(_ => FlushAsync(cancellationToken), cancellationToken,
                TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default).Unwrap();
        }

        public async Task FlushAsync(CancellationToken cancellationToken)
        {
            await _gate.WaitAsync(cancellationToken);
            try
            {
                List<TestOutcome> batch;
                lock (_pending)
                {
                    batch = [.. _pending];
                    _pending.Clear();
                }
                await queue.AddTestsAsync(claim, batch, cancellationToken);
            }
            finally
            {
                _gate.Release();
            }
        }

        public async ValueTask DisposeAsync()
        {
            try { await _timer; }
            catch (OperationCanceledException) { }
        }
    }
}
