using MlJudge.Engine.Sandbox;

namespace MlJudge.Engine.Judging;

/// <summary>
/// Stops a test once it has used more CPU than its limit allows. A submission runs on one thread (the API policy allows
/// no threads or tasks), so its wall time is at least its CPU time and such a test cannot pass. This ends a busy loop at
/// the limit even on a loaded machine, where the wall-clock watchdog (1.5x the limit, there for code that waits) would
/// hold a judging slot half as long again; it is what keeps a storm of time-limit submissions from starving the queue.
/// A program at its memory ceiling is left to the wall clock: near the heap limit the garbage collector can burn the
/// CPU budget just before the allocation that fails, and that program's verdict is the memory limit, not time.
/// </summary>
internal static class CpuWatchdog
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(20);

    /// <summary>The share of the memory limit from which a program counts as at its ceiling.</summary>
    public const double MemoryCeilingShare = 0.9;

    /// <summary>
    /// Counts the group's CPU from now (when the previous answer arrived, so never more than this test's) and cancels
    /// <paramref name="stop"/> once <paramref name="budgetMs"/> is used, unless <paramref name="answered"/> comes first
    /// or the group's peak memory has reached <see cref="MemoryCeilingShare"/> of <paramref name="memoryLimitBytes"/>.
    /// </summary>
    public static async Task WatchAsync(ICgroup group, double budgetMs, long memoryLimitBytes, CancellationTokenSource stop, CancellationToken answered)
    {
        if (group.CpuMs() is not { } start) return;
        try
        {
            // One thread cannot use more CPU than wall time: nothing to read before the budget has passed on the clock.
            await Task.Delay(TimeSpan.FromMilliseconds(budgetMs), answered);
            while (group.CpuMs() is { } now && now - start < budgetMs) await Task.Delay(PollInterval, answered);
            if (answered.IsCancellationRequested || group.PeakMemoryBytes() >= MemoryCeilingShare * memoryLimitBytes) return;
            await stop.CancelAsync();
        }
        catch (OperationCanceledException)
        {
            // Answered in time.
        }
    }
}
