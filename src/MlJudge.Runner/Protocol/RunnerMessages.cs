// Shared by the runner (inside the sandbox) and the engine (outside it): one JSON object per line.
// The runner only ever receives an assembly and test inputs; expected outputs never cross this boundary.
namespace MlJudge.Runner.Protocol;

/// <summary>What the runner says; the judge reads nothing else from it.</summary>
internal enum RunnerReplyKind
{
    Ready,
    Loaded,
    /// <summary>The answer to one test: a value, or the exception the test threw.</summary>
    Result,
    /// <summary>Loading the submission failed (its static constructor or top-level statements threw).</summary>
    Error,
}

/// <summary>Exit codes with which the runner reports a limit it detected itself.</summary>
internal static class RunnerExitCodes
{
    public const int OutputLimitExceeded = 3;
    /// <summary>The GC itself failed an allocation at the heap hard limit (never an exception a submission threw).</summary>
    public const int OutOfMemory = 4;
    public const int ProtocolError = 5;
}

internal static class RunnerLimits
{
    /// <summary>
    /// The largest reply line, result included. The runner stops with <see cref="RunnerExitCodes.OutputLimitExceeded"/>
    /// when it would write more and the judge refuses a longer line, so both sides enforce one number.
    /// </summary>
    public const int MaxReplyBytes = 32 * 1024 * 1024;

    /// <summary>Exception messages and type names are cut to this many characters before they leave the runner.</summary>
    public const int MaxExceptionTextChars = 1000;
}

/// <summary>What the judge sends first: the compiled submission and its entry point.</summary>
internal sealed record LoadRequest(string AssemblyBase64, bool Script, string Method, string[] ParameterTypes, string ReturnType, long OutputLimitBytes);

/// <summary>
/// An exception a test threw. <see cref="FrameworkAssembly"/> is set only when the runner found the type in an
/// assembly of the shared framework (non-generic), which the judge checks again before naming it for a hidden test.
/// </summary>
internal sealed record ExceptionReport(string TypeName, string? FrameworkAssembly, string Message);

/// <summary>
/// One reply. For a result, <see cref="ValueStart"/>/<see cref="ValueLength"/> locate the raw JSON value inside the
/// line, so the judge decides how (and whether) to parse it; <see cref="ValueCut"/> says the line was longer than the
/// judge kept, so the value is not there to parse.
/// </summary>
internal sealed record RunnerReply(
    RunnerReplyKind Kind,
    int Index,
    bool Ok,
    double Ms,
    string? Stdout,
    ExceptionReport? Exception,
    int ValueStart,
    int ValueLength,
    bool ValueCut);
