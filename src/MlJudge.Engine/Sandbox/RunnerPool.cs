using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using MlJudge.Engine.Judging;

namespace MlJudge.Engine.Sandbox;

/// <summary>
/// Keeps runners started ahead of time, one pool per memory limit (the heap limit is fixed at process
/// start), so process start-up is off the judged path. Each runner serves one submission, then dies.
/// </summary>
internal sealed class RunnerPool(SandboxLauncher launcher, CgroupProvider? cgroups, int size, ILogger logger) : IAsyncDisposable
{
    // RLIMIT_CPU is a backstop only; per-test limits are enforced by the judge's watchdog.
    private const int CpuSecondsBackstop = 300;
    private readonly ConcurrentDictionary<int, Lazy<Warm>> _pools = new();
    private readonly CancellationTokenSource _stopping = new();

    private sealed record Warm(Channel<RunnerProcess> Ready, SemaphoreSlim Wanted, Task Filler);

    // Runners being torn down after their submission, awaited when the pool stops.
    private readonly ConcurrentDictionary<Task, byte> _retiring = new();

    public void Prewarm(int memoryMb) => _ = Pool(memoryMb);

    /// <summary>
    /// Ends a used runner off the judged path: killing its group, waiting for the exit and removing the cgroup takes
    /// 20–60 ms that the verdict need not wait for (everything the verdict needs was read before this call).
    /// </summary>
    public void Retire(RunnerProcess runner)
    {
        var teardown = Task.Run(async () =>
        {
            try
            {
                await runner.DisposeAsync();
            }
            catch (Exception e)
            {
                logger.LogError(e, "Could not tear down a runner");
            }
        });
        _retiring.TryAdd(teardown, 0);
        _ = teardown.ContinueWith(t => _retiring.TryRemove(t, out _), TaskScheduler.Default);
    }

    public async Task<RunnerProcess> AcquireAsync(int memoryMb, CancellationToken cancellationToken)
    {
        var pool = Pool(memoryMb);
        if (size > 0)
        {
            while (pool.Ready.Reader.TryRead(out var runner))
            {
                pool.Wanted.Release();
                if (!runner.HasExited) return runner;
                await runner.DisposeAsync();
            }
        }
        return await RunnerProcess.StartAsync(launcher, cgroups, memoryMb, CpuSecondsBackstop, cancellationToken);
    }

    private Warm Pool(int memoryMb) => _pools.GetOrAdd(memoryMb, mb => new Lazy<Warm>(() =>
    {
        var ready = Channel.CreateBounded<RunnerProcess>(Math.Max(1, size));
        var wanted = new SemaphoreSlim(size);
        return new Warm(ready, wanted, size > 0 ? Task.Run(() => FillAsync(mb, ready, wanted)) : Task.CompletedTask);
    })).Value;

    private async Task FillAsync(int memoryMb, Channel<RunnerProcess> ready, SemaphoreSlim wanted)
    {
        var token = _stopping.Token;
        while (!token.IsCancellationRequested)
        {
            try
            {
                await wanted.WaitAsync(token);
                var runner = await RunnerProcess.StartAsync(launcher, cgroups, memoryMb, CpuSecondsBackstop, token);
                if (!ready.Writer.TryWrite(runner)) await runner.DisposeAsync();
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (Exception e)
            {
                // A failed start is retried after a pause; AcquireAsync starts one itself meanwhile and reports the error.
                logger.LogError(e, "Could not prestart a runner for {MemoryMb} MB; retrying in 1 s", memoryMb);
                EngineMetrics.SandboxFailures.Add(1, new KeyValuePair<string, object?>("stage", "prestart"));
                wanted.Release();
                try { await Task.Delay(1000, token); }
                catch (OperationCanceledException) { return; }
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        foreach (var pool in _pools.Values.Where(p => p.IsValueCreated).Select(p => p.Value))
        {
            await pool.Filler;
            while (pool.Ready.Reader.TryRead(out var runner)) await runner.DisposeAsync();
        }
        await Task.WhenAll(_retiring.Keys);
    }
}
