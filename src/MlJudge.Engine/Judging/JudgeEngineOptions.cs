using MlJudge.Engine.Sandbox;

namespace MlJudge.Engine.Judging;

public sealed class JudgeEngineOptions
{
    /// <summary>Runners kept started ahead of time per memory limit.</summary>
    public int RunnerPoolSize { get; set; } = 2;

    /// <summary>
    /// Compile hosts kept running: one compile bomb then holds one host for at most <see cref="CompileTimeout"/>
    /// while the other keeps serving. Two where there are two cores (each host is single-threaded).
    /// </summary>
    public int CompileHostCount { get; set; } = Math.Min(2, Environment.ProcessorCount);

    /// <summary>
    /// Compiler CPU time one compile may use (the wall-clock backstop is 3x this): about 5-8x the slowest
    /// accepted solution of the catalog (0.5-0.8 s on 2 loaded cores, `mljudge bench-compile`). CPU time, not
    /// wall time, so a loaded machine slows real compiles without failing them; the token screen refuses the
    /// known bomb shapes long before this.
    /// </summary>
    public TimeSpan CompileTimeout { get; set; } = TimeSpan.FromSeconds(4);

    public int CompileHostHeapMb { get; set; } = 1024;

    /// <summary>Run untrusted code even when no OS isolation is available (development only).</summary>
    public bool AllowUnsandboxed { get; set; }

    public IsolationKind? ForceIsolation { get; set; }

    public string? WorkDirectory { get; set; }

    /// <summary>Total console output a submission may write across its tests.</summary>
    public long OutputLimitBytes { get; set; } = 64 * 1024;

    /// <summary>Memory limits whose runners are started at once (the default problem limit).</summary>
    public int[] PrewarmMemoryMb { get; set; } = [256];
}
