using System.Diagnostics;
using System.Text.Json;
using System.Threading.Channels;
using MlJudge.Engine.Sandbox;

namespace MlJudge.Engine.Compilation;

/// <summary>
/// Talks to long-lived compile host processes. A compile that runs past its CPU-time limit, or a host that
/// dies (stack overflow in the parser, out of memory in constant folding), yields a CompilationError and a
/// fresh host; the judge itself never runs Roslyn on untrusted source.
/// </summary>
internal sealed class CompileService : IAsyncDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly TimeSpan CpuPollInterval = TimeSpan.FromMilliseconds(100);
    private const int WallClockFactor = 3;
    private readonly Channel<Host> _idle;
    private readonly TimeSpan _timeout;
    private readonly int _heapLimitMb;
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<Task> _replacements = [];
    private long _nextId;

    private CompileService(int count, TimeSpan timeout, int heapLimitMb)
    {
        _idle = Channel.CreateBounded<Host>(count);
        _timeout = timeout;
        _heapLimitMb = heapLimitMb;
    }

    public static async Task<CompileService> StartAsync(int count, TimeSpan timeout, int heapLimitMb, CancellationToken cancellationToken)
    {
        var service = new CompileService(count, timeout, heapLimitMb);
        var hosts = await Task.WhenAll(Enumerable.Range(0, count).Select(_ => service.StartHostAsync(cancellationToken)));
        foreach (var host in hosts) service._idle.Writer.TryWrite(host);
        return service;
    }

    public async Task<CompileResponse> CompileAsync(CompileRequest request, CancellationToken cancellationToken)
    {
        if (SourceScreen.Check(request.Source) is { } screen) return CompileResponse.Failure(request.Id, screen);
        request = request with { Id = Interlocked.Increment(ref _nextId) };
        var host = await _idle.Reader.ReadAsync(cancellationToken);
        var healthy = false;
        try
        {
            // The limit is on the compiler's CPU time, so a loaded machine slows legitimate compiles without
            // failing them; the wall-clock backstop bounds how long a starved host can be held.
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(_timeout * WallClockFactor);
            using var answered = new CancellationTokenSource();
            var watchdog = StopAfterCpuAsync(host, timeout, answered.Token);
            try
            {
                await host.SendAsync(request, timeout.Token);
                var line = await host.Channel.ReadLineAsync(timeout.Token);
                if (line is not null && JsonSerializer.Deserialize<CompileResponse>(line, Json) is { } response && response.Id == request.Id)
                {
                    healthy = true;
                    return response;
                }
                return CompileResponse.Failure(request.Id, "the compiler crashed on this source (too deeply nested, or it ran out of memory)");
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return CompileResponse.Failure(request.Id, $"compilation took longer than {_timeout.TotalSeconds:0.#} s of compiler time and was stopped");
            }
            catch (IOException)
            {
                return CompileResponse.Failure(request.Id, "the compiler crashed on this source (too deeply nested, or it ran out of memory)");
            }
            finally
            {
                await answered.CancelAsync();
                await watchdog;
            }
        }
        finally
        {
            if (healthy) _idle.Writer.TryWrite(host);
            else
            {
                host.Kill();
                // Starting and warming a host takes seconds; the submission that broke one gets its verdict
                // now, and the slot comes back when the new host is ready (other hosts serve meanwhile).
                lock (_replacements)
                {
                    _replacements.RemoveAll(t => t.IsCompleted);
                    _replacements.Add(Task.Run(ReplaceHostAsync, CancellationToken.None));
                }
            }
        }
    }

    private async Task StopAfterCpuAsync(Host host, CancellationTokenSource timeout, CancellationToken answered)
    {
        try
        {
            using var either = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, answered);
            var start = host.CpuTime();
            while (true)
            {
                await Task.Delay(CpuPollInterval, either.Token);
                if (host.CpuTime() - start <= _timeout) continue;
                await timeout.CancelAsync();
                return;
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (InvalidOperationException)
        {
            // The host exited; the read sees the end of its output.
        }
    }

    // A slot whose host could not be restarted would leave every later compile waiting forever, so a failed
    // restart (a loaded machine can take a while to start a process) is retried until it succeeds or we stop.
    private async Task ReplaceHostAsync()
    {
        for (var attempt = 1; !_stopping.IsCancellationRequested; attempt++)
        {
            try
            {
                var host = await StartHostAsync(_stopping.Token);
                if (!_idle.Writer.TryWrite(host)) host.Kill();
                return;
            }
            catch (Exception) when (!_stopping.IsCancellationRequested)
            {
                try { await Task.Delay(TimeSpan.FromMilliseconds(250 * Math.Min(attempt, 20)), _stopping.Token); }
                catch (OperationCanceledException) { return; }
            }
            catch (Exception)
            {
                return;
            }
        }
    }

    private async Task<Host> StartHostAsync(CancellationToken cancellationToken)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "MlJudge.CompileHost.dll");
        if (!File.Exists(dll)) throw new FileNotFoundException($"MlJudge.CompileHost.dll not found in {AppContext.BaseDirectory}; reference the MlJudge.CompileHost project");
        var info = new ProcessStartInfo(Path.Combine(RunnerFiles.DotnetRoot(), "dotnet"))
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(dll);
        info.Environment["DOTNET_GCHeapHardLimit"] = "0x" + (_heapLimitMb * 1024L * 1024).ToString("x");
        info.Environment["DOTNET_gcServer"] = "0";
        info.Environment["DOTNET_TieredPGO"] = "0";
        var process = Process.Start(info)!;
        _ = process.StandardError.ReadToEndAsync(CancellationToken.None);
        var host = new Host(process);
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(60));
            if (await host.Channel.ReadLineAsync(timeout.Token) is null) throw new InvalidOperationException("the compile host did not start");
            return host;
        }
        catch
        {
            // Stopping while a host starts (or a host that never says ready) must not leave its process behind.
            host.Kill();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        Task[] pending;
        lock (_replacements) pending = [.. _replacements];
        await Task.WhenAll(pending);
        _idle.Writer.TryComplete();
        await foreach (var host in _idle.Reader.ReadAllAsync()) host.Kill();
    }

    private sealed class Host(Process process)
    {
        public LineChannel Channel { get; } = new(process.StandardOutput.BaseStream, 64 * 1024 * 1024);

        public Task SendAsync(CompileRequest request, CancellationToken cancellationToken) =>
            ChildInput.WriteLineAsync(process.StandardInput.BaseStream, JsonSerializer.SerializeToUtf8Bytes(request, Json), cancellationToken);

        public TimeSpan CpuTime()
        {
            process.Refresh();
            return process.TotalProcessorTime;
        }

        public void Kill()
        {
            try { process.Kill(entireProcessTree: true); }
            catch (InvalidOperationException) { }
            process.Dispose();
        }
    }
}
