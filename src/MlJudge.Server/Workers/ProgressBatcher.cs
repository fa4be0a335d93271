using MlJudge.Engine.Judging;
using MlJudge.Server.Queue;
using MlJudge.Server.Submissions;

namespace MlJudge.Server.Workers;

/// <summary>
/// Streams progress into the queue. Results are written in small batches — at most 16 tests, and never held
/// longer than 25 ms — so a fast submission costs two database round trips instead of thirty, while a
/// slow one still shows every test as it finishes.
/// </summary>
public sealed class ProgressBatcher(JudgeQueue queue, ClaimedSubmission claim) : IJudgeObserver, IAsyncDisposable
{
    private const int BatchSize = 16;
    private static readonly TimeSpan MaxDelay = TimeSpan.FromMilliseconds(25);
    private readonly List<TestOutcome> _pending = [];
    private readonly SemaphoreSlim _gate = new(1, 1);
    private Task _timer = Task.CompletedTask;

    public async ValueTask OnPhaseAsync(JudgePhase phase, int totalTests, CancellationToken cancellationToken)
    {
        await FlushAsync(cancellationToken);
        await queue.SetStatusAsync(claim, phase == JudgePhase.Compiling ? SubmissionStatus.Compiling : SubmissionStatus.Running, totalTests, cancellationToken);
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
