namespace MlJudge.Engine.Sandbox;

public sealed class SandboxOptions
{
    /// <summary>Run untrusted code even when no OS isolation is available (development only).</summary>
    public bool AllowUnsandboxed { get; set; }

    /// <summary>Force a weaker isolation kind (tests of the fallback path).</summary>
    public IsolationKind? ForceIsolation { get; set; }

    /// <summary>Where the runner's files are staged; the sandbox sees this folder read-only and nothing else of the judge.</summary>
    public string WorkDirectory { get; set; } = Path.Combine(Path.GetTempPath(), "mljudge");

    public int MaxPids { get; set; } = 64;

    public int TmpSizeMb { get; set; } = 16;

    /// <summary>Memory the .NET runtime itself needs above the submission's heap limit.</summary>
    public int RuntimeOverheadMb { get; set; } = 96;

    public long OutputLimitBytes { get; set; } = 64 * 1024;

    public int SandboxUid { get; set; } = 65534;
}
