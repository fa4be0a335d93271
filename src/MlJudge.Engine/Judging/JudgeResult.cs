using System.Text.Json.Nodes;

namespace MlJudge.Engine.Judging;

public enum JudgeMode
{
    /// <summary>Samples only ("Run"): results include input, expected and got.</summary>
    Samples,
    /// <summary>Samples, then hidden tests ("Submit").</summary>
    Full,
}

public enum JudgePhase
{
    Compiling,
    Running,
}

/// <summary>
/// One judged test. <see cref="Input"/>, <see cref="Expected"/>, <see cref="Got"/>, <see cref="Stdout"/> and
/// <see cref="Mismatches"/> are filled for sample tests only: hidden vectors never leave the engine.
/// </summary>
public sealed record TestOutcome(
    int Index,
    string Name,
    bool IsSample,
    Verdict Verdict,
    double TimeMs,
    string? Message,
    JsonObject? Input = null,
    JsonNode? Expected = null,
    JsonNode? Got = null,
    string? Stdout = null,
    Checking.MismatchReport? Mismatches = null);

public sealed record CompileDiagnostic(string Id, string Severity, int Line, int Column, int EndLine, int EndColumn, string Message)
{
    public override string ToString() => $"({Line},{Column}): {Severity} {Id}: {Message}";
}

/// <summary>The runner process's own cost (its start-up included): CPU when the host accounts it, peak memory of its group.</summary>
public sealed record RunnerUsage(double? CpuMs, long PeakMemoryBytes);

public sealed record JudgeTimings(double CompileMs, double SandboxStartMs, double RunMs, double CheckMs, double TotalMs);

public sealed record JudgeResult(
    Verdict Verdict,
    IReadOnlyList<TestOutcome> Tests,
    int TotalTests,
    string? Message,
    IReadOnlyList<CompileDiagnostic> Diagnostics,
    JudgeTimings Timings,
    string Isolation,
    RunnerUsage? Runner = null,
    Feedback.Diagnosis? Diagnosis = null)
{
    public int Passed => Tests.Count(t => t.Verdict == Verdict.Accepted);

    /// <summary>Tests not run because an earlier test ended the runner (time, memory or output limit, crash).</summary>
    public int Skipped => TotalTests - Tests.Count;

    /// <summary>The slowest test's time, the figure leaderboards rank by.</summary>
    public double MaxTestMs => Tests.Count == 0 ? 0 : Tests.Max(t => t.TimeMs);

    /// <summary>Judge-side only (never serialized): how the outputs compared with the known mistakes' kept outputs.</summary>
    internal Feedback.EvidenceTally? Evidence { get; init; }

    /// <summary>Judge-side only: wrong answers' small outputs by test, for a trusted known-bad solution judged to take its evidence.</summary>
    internal IReadOnlyDictionary<int, System.Text.Json.Nodes.JsonNode>? Outputs { get; init; }
}

/// <summary>Receives progress while a submission is judged; used to stream verdicts live.</summary>
public interface IJudgeObserver
{
    ValueTask OnPhaseAsync(JudgePhase phase, int totalTests, CancellationToken cancellationToken);

    ValueTask OnTestAsync(TestOutcome outcome, CancellationToken cancellationToken);
}
