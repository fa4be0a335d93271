using System.Diagnostics;
using System.Text;
using MlJudge.Runner.Protocol;

namespace MlJudge.Engine.Sandbox;

/// <summary>One sandboxed runner process, started ahead of time, used for exactly one submission.</summary>
internal sealed class RunnerProcess : IAsyncDisposable
{
    private const int StderrKeepBytes = 8 * 1024;

    /// <summary>What the judge keeps of a reply that carries no value (status lines, failures, the header of a result).</summary>
    public const int HeaderKeepBytes = 64 * 1024;
    private readonly Process _process;
    private readonly LineChannel _stdout;
    private readonly StringBuilder _stderr = new();
    private readonly Task _stderrPump;
    private readonly CancellationTokenSource _overflowed = new();
    private int _killed;

    public ICgroup? Cgroup { get; }
    public int MemoryMb { get; }
    public double StartMs { get; private set; }
    public bool KilledByJudge => _killed != 0;

    private RunnerProcess(Process process, ICgroup? cgroup, int memoryMb)
    {
        _process = process;
        Cgroup = cgroup;
        MemoryMb = memoryMb;
        _stdout = new LineChannel(process.StandardOutput.BaseStream, RunnerLimits.MaxReplyBytes);
        _stderrPump = PumpStderrAsync();
    }

    public static async Task<RunnerProcess> StartAsync(SandboxLauncher launcher, CgroupProvider? cgroups, int memoryMb, int cpuSeconds, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var cgroup = cgroups?.Create($"runner-{Environment.ProcessId}-{Guid.NewGuid():N}", launcher.CgroupMemoryBytes(memoryMb), 64);
        Process process;
        try
        {
            process = Process.Start(launcher.Create(memoryMb, cpuSeconds, cgroup))!;
        }
        catch
        {
            cgroup?.Dispose();
            throw;
        }
        var runner = new RunnerProcess(process, cgroup, memoryMb);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        RunnerReply? ready;
        try
        {
            ready = await runner.ReadLineAsync(HeaderKeepBytes, timeout.Token) is { Complete: true } line ? RunnerReplyReader.ParseReply(line.Kept, true) : null;
        }
        catch (Exception e) when (e is OperationCanceledException or LineChannel.LineTooLongException)
        {
            ready = null;
        }
        if (ready?.Kind != RunnerReplyKind.Ready)
        {
            var stderr = runner.Stderr;
            await runner.DisposeAsync();
            throw new InvalidOperationException($"the sandboxed runner did not start: {stderr.Trim()}");
        }
        runner.StartMs = stopwatch.Elapsed.TotalMilliseconds;
        return runner;
    }

    public string Stderr
    {
        get { lock (_stderr) return _stderr.ToString(); }
    }

    /// <summary>
    /// The runtime reported a stack overflow on the real stderr (a submission cannot write there: its Console.Error is
    /// captured). It then walks the whole overflowed stack to print it, which can take a second; the verdict is already
    /// known, so this token lets the judge stop waiting at once.
    /// </summary>
    public CancellationToken StackOverflowed => _overflowed.Token;

    public static bool ReportsStackOverflow(string stderr) => stderr.Contains("Stack overflow", StringComparison.OrdinalIgnoreCase);

    public bool HasExited => _process.HasExited;

    public int? ExitCode => _process.HasExited ? _process.ExitCode : null;

    /// <param name="line">One protocol line from <see cref="ProtocolWriter"/>'s encoders, without its newline.</param>
    public Task SendAsync(byte[] line, CancellationToken cancellationToken) =>
        ChildInput.WriteLineAsync(_process.StandardInput.BaseStream, line, cancellationToken);

    public Task<ReceivedLine?> ReadLineAsync(int keepBytes, CancellationToken cancellationToken) => _stdout.ReadLineAsync(keepBytes, cancellationToken);

    public Task<ReceivedLine?> ReadLineAsync(int keepBytes, CancellationToken firstByte, CancellationToken complete) =>
        _stdout.ReadLineAsync(keepBytes, firstByte, complete);

    public void Kill()
    {
        if (Interlocked.Exchange(ref _killed, 1) != 0) return;
        Cgroup?.KillAll();
        // With a group, every descendant was just killed through it; walking /proc for the process tree would only
        // cost the judge milliseconds of CPU per submission.
        try { _process.Kill(entireProcessTree: Cgroup is null); }
        catch (InvalidOperationException) { }
    }

    public async Task WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try { await _process.WaitForExitAsync(cts.Token); }
        catch (OperationCanceledException) { Kill(); }
    }

    private async Task PumpStderrAsync()
    {
        var buffer = new char[4096];
        var reader = _process.StandardError;
        try
        {
            int read;
            while ((read = await reader.ReadAsync(buffer)) > 0)
            {
                bool overflowed;
                lock (_stderr)
                {
                    if (_stderr.Length < StderrKeepBytes) _stderr.Append(buffer, 0, Math.Min(read, StderrKeepBytes - _stderr.Length));
                    // Once reported, the runtime prints the whole overflowed stack: no need to look again at every chunk.
                    overflowed = !_overflowed.IsCancellationRequested && ReportsStackOverflow(_stderr.ToString());
                }
                if (overflowed) await _overflowed.CancelAsync();
            }
        }
        catch (IOException) { }
        catch (ObjectDisposedException) { }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            try { _process.StandardInput.Close(); }
            catch (IOException) { }
            Kill();
        }
        await WaitForExitAsync(TimeSpan.FromSeconds(5));
        await Task.WhenAny(_stderrPump, Task.Delay(1000));
        Cgroup?.Dispose();
        _process.Dispose();
        _overflowed.Dispose();
    }
}
