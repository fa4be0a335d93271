using MlJudge.Engine.Judging;
using MlJudge.Server.Queue;
using MlJudge.Server.Submissions;

namespace MlJudge.Server.Workers;

/// <summary>
/// Streams progress into the queue. Results are written in small batches — at most 16 tests, and never held
/// longer than 25 ms — so a fast submission costs two database round trips instead of thirty, while a
/// slow one still shows every test as it finishes. The last batch goes with the verdict (<see cref="CompleteAsync"/>),
/// and the first status write records the problem version the attempt judges against: each saves a round trip on
/// the way from submit to verdict.
/// </summary>
public sealed class ProgressBatcher(JudgeQueue queue, ClaimedSubmission claim, string problemHash) : IJudgeObserver, IAsyncDisposable
{
    private const int BatchSize = 16;
    private static readonly TimeSpan MaxDelay = TimeSpan.FromMilliseconds(25);
    private readonly List<TestOutcome> _pending = [];
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly CancellationTokenSource _completed = new();
    private CancellationTokenSource? _timerStop;
    private Task _timer = Task.CompletedTask;
    private bool _hashRecorded;

    public async ValueTask OnPhaseAsync(JudgePhase phase, int totalTests, CancellationToken cancellationToken)
    {
        await FlushAsync(cancellationToken);
        var hash = _hashRecorded ? null : problemHash;
        _hashRecorded = true;
        await queue.SetStatusAsync(claim, phase == JudgePhase.Compiling ? SubmissionStatus.Compiling : SubmissionStatus.Running, totalTests, hash, cancellationToken);
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
        else if (first)
        {
            _timerStop ??= CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _completed.Token);
            var token = _timerStop.Token;
            _timer = Task.Delay(MaxDelay, token).ContinueWith(_ => FlushAsync(token), token, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default).Unwrap();
        }
    }

    public Task FlushAsync(CancellationToken cancellationToken) => WritePendingAsync(batch => queue.AddTestsAsync(claim, batch, cancellationToken), cancellationToken);

    /// <summary>Hands what is still pending to <paramref name="finish"/>, which stores it with the verdict; no flush runs after.</summary>
    public async Task CompleteAsync(Func<IReadOnlyList<TestOutcome>, Task> finish, CancellationToken cancellationToken)
    {
        await _completed.CancelAsync();
        await WritePendingAsync(finish, cancellationToken);
    }

    // One writer at a time, each taking everything pending when its turn comes.
    private async Task WritePendingAsync(Func<IReadOnlyList<TestOutcome>, Task> write, CancellationToken cancellationToken)
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
            await write(batch);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _completed.CancelAsync();
        try { await _timer; }
        catch (OperationCanceledException) { }
        _timerStop?.Dispose();
        _completed.Dispose();
        _gate.Dispose();
    }
}
