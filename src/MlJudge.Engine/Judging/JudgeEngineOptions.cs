using MlJudge.Engine.Sandbox;

namespace MlJudge.Engine.Judging;

public sealed class JudgeEngineOptions
{
    /// <summary>Runners kept started ahead of time per memory limit.</summary>
    public int RunnerPoolSize { get; set; } = 2;

    public int CompileHostCount { get; set; } = 1;

    public TimeSpan CompileTimeout { get; set; } = TimeSpan.FromSeconds(10);

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
