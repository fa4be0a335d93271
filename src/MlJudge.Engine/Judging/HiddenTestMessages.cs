using MlJudge.Engine.Checking;
using MlJudge.Engine.Problems;
using MlJudge.Runner.Protocol;

namespace MlJudge.Engine.Judging;

/// <summary>
/// The whole vocabulary a hidden test's outcome may use, and the one gate every outcome passes before anyone
/// sees it. Nothing here is a string, length, index or value the submission controls: the messages are fixed,
/// name the judge's own limits, or name an exception type of the framework itself (a closed set).
/// Sample tests are public and keep their full details.
/// </summary>
internal sealed class HiddenTestMessages(Limits limits, long outputLimitBytes)
{
    public const string WrongAnswer = "wrong answer";
    public const string WrongValue = "wrong value";
    public const string WrongLength = "wrong length";
    public const string WrongShape = "wrong shape or type";
    public const string MuchLarger = "the result is much larger than expected";
    public const string ThrewOwnType = "threw an exception of a type defined in your code";
    public const string StackOverflow = "stack overflow (infinite or too deep recursion)";
    public const string Terminated = "the program was terminated";
    public const string ResultTooLarge = "the result is too large";
    public const string InternalError = "internal error";

    private const string ThrewPrefix = "threw ";

    public string TimeLimit => $"exceeded the time limit of {limits.TimeMs} ms";

    public string MemoryLimit => $"used more than {limits.MemoryMb} MB";

    public string OutputLimit => $"wrote more than {outputLimitBytes / 1024} KiB to the console, or a result over {RunnerLimits.MaxReplyBytes / (1024 * 1024)} MiB";

    public static string Mismatch(MismatchKind kind) => kind switch
    {
        MismatchKind.Value => WrongValue,
        MismatchKind.Length => WrongLength,
        MismatchKind.Shape => WrongShape,
        _ => WrongAnswer,
    };

    /// <summary>"threw System.X" for a framework exception type, otherwise the fixed sentence.</summary>
    public static string Threw(ExceptionReport? exception) =>
        FrameworkExceptions.Confirm(exception) is { } name ? ThrewPrefix + name : ThrewOwnType;

    /// <summary>Whether <paramref name="message"/> belongs to the vocabulary for <paramref name="verdict"/>.</summary>
    public bool IsAllowed(Verdict verdict, string? message) => verdict switch
    {
        Verdict.Accepted => message is null,
        Verdict.WrongAnswer => message is WrongAnswer or WrongValue or WrongLength or WrongShape or MuchLarger,
        Verdict.RuntimeError => message is ThrewOwnType or StackOverflow or Terminated || IsFrameworkThrow(message),
        Verdict.TimeLimitExceeded => message == TimeLimit,
        Verdict.MemoryLimitExceeded => message == MemoryLimit,
        Verdict.OutputLimitExceeded => message == OutputLimit || message == ResultTooLarge,
        Verdict.InternalError => message is InternalError,
        _ => false,
    };

    /// <summary>
    /// The gate: a hidden outcome leaves with no input, expected value, output, console text or mismatch paths, and with a message
    /// from the vocabulary (anything else is replaced by the verdict's plainest message).
    /// </summary>
    public TestOutcome Redact(TestOutcome outcome)
    {
        if (outcome.IsSample) return outcome;
        var message = IsAllowed(outcome.Verdict, outcome.Message) ? outcome.Message : Plainest(outcome.Verdict);
        return outcome with { Message = message, Input = null, Expected = null, Got = null, Stdout = null, Mismatches = null };
    }

    private string? Plainest(Verdict verdict) => verdict switch
    {
        Verdict.Accepted => null,
        Verdict.WrongAnswer => WrongAnswer,
        Verdict.RuntimeError => Terminated,
        Verdict.TimeLimitExceeded => TimeLimit,
        Verdict.MemoryLimitExceeded => MemoryLimit,
        Verdict.OutputLimitExceeded => ResultTooLarge,
        _ => InternalError,
    };

    // "threw X" is allowed only for a name FrameworkExceptions has confirmed, never re-derived from the text alone.
    private static bool IsFrameworkThrow(string? message) =>
        message is not null && message.StartsWith(ThrewPrefix, StringComparison.Ordinal) && message.Length > ThrewPrefix.Length &&
        FrameworkExceptions.IsConfirmed(message[ThrewPrefix.Length..]);
}
