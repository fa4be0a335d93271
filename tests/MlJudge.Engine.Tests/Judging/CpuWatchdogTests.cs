using System.Diagnostics;
using MlJudge.Engine.Judging;
using MlJudge.Engine.Sandbox;

namespace MlJudge.Engine.Tests.Judging;

/// <summary>The CPU watchdog stops a test that has spent its CPU budget, and only such a test.</summary>
public sealed class CpuWatchdogTests
{
    // A group whose CPU account the test scripts: a function of the wall time since it was made.
    private sealed class ScriptedGroup(Func<double, double?> cpuAt, long peakMemoryBytes = 10 << 20) : ICgroup
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        public IReadOnlyList<string> ProcsFiles => [];
        public double? CpuMs() => cpuAt(_clock.Elapsed.TotalMilliseconds);
        public long PeakMemoryBytes() => peakMemoryBytes;
        public bool HitMemoryLimit() => false;
        public void KillAll() { }
        public void Dispose() { }
    }

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private const long Limit = 256L << 20;

    [Fact]
    public async Task A_busy_test_at_its_memory_ceiling_is_left_to_the_wall_clock_watchdog()
    {
        using var stop = new CancellationTokenSource();
        using var answered = new CancellationTokenSource();
        // The garbage collector thrashing just below the heap limit: CPU spent, memory at the ceiling.
        await CpuWatchdog.WatchAsync(new ScriptedGroup(wall => 5_000 + wall, peakMemoryBytes: Limit), 50, Limit, stop, answered.Token).WaitAsync(Patience);
        Assert.False(stop.IsCancellationRequested);
    }

    [Fact]
    public async Task A_busy_test_is_stopped_once_it_has_used_its_budget()
    {
        using var stop = new CancellationTokenSource();
        using var answered = new CancellationTokenSource();
        await CpuWatchdog.WatchAsync(new ScriptedGroup(wall => 5_000 + wall), 50, Limit, stop, answered.Token).WaitAsync(Patience);
        Assert.True(stop.IsCancellationRequested);
    }

    [Fact]
    public async Task A_test_that_waits_without_using_CPU_is_left_to_the_wall_clock_watchdog()
    {
        using var stop = new CancellationTokenSource();
        using var answered = new CancellationTokenSource();
        // Earlier tests used 5 s of CPU; this one uses none while it waits.
        var watching = CpuWatchdog.WatchAsync(new ScriptedGroup(_ => 5_000), 50, Limit, stop, answered.Token);
        await Task.Delay(CpuWatchdog.PollInterval * 10);
        Assert.False(watching.IsCompleted);
        await answered.CancelAsync();
        await watching.WaitAsync(Patience);
        Assert.False(stop.IsCancellationRequested);
    }

    [Fact]
    public async Task An_answer_within_the_budget_ends_the_watch_and_stops_nothing()
    {
        using var stop = new CancellationTokenSource();
        using var answered = new CancellationTokenSource();
        var watching = CpuWatchdog.WatchAsync(new ScriptedGroup(wall => wall), 60_000, Limit, stop, answered.Token);
        await answered.CancelAsync();
        await watching.WaitAsync(Patience);
        Assert.False(stop.IsCancellationRequested);
    }

    [Fact]
    public async Task A_group_without_a_CPU_account_is_not_watched()
    {
        using var stop = new CancellationTokenSource();
        using var answered = new CancellationTokenSource();
        await CpuWatchdog.WatchAsync(new ScriptedGroup(_ => null), 1, Limit, stop, answered.Token).WaitAsync(Patience);
        Assert.False(stop.IsCancellationRequested);
    }
}
