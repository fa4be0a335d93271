using System.Diagnostics.Metrics;

namespace MlJudge.Engine.Judging;

/// <summary>
/// The engine's own instruments, on the "MlJudge.Engine" meter (System.Diagnostics.Metrics, so any listener —
/// the server's OpenTelemetry exporter, dotnet-counters — can read them without the engine knowing).
/// </summary>
public static class EngineMetrics
{
    public const string MeterName = "MlJudge.Engine";

    private static readonly Meter Meter = new(MeterName);

    /// <summary>A runner or sandbox that could not start or broke, tagged with "stage"; never the submission's fault.</summary>
    public static readonly Counter<long> SandboxFailures = Meter.CreateCounter<long>("mljudge.sandbox.failures", description: "Sandbox or runner failures inside the judge");
}
