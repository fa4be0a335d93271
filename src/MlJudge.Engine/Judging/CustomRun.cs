using System.Text.Json.Nodes;
using MlJudge.Engine.Checking;
using MlJudge.Engine.Problems;

namespace MlJudge.Engine.Judging;

/// <summary>How the problem's reference solution fared on a custom input.</summary>
public enum ReferenceOutcome
{
    /// <summary>It returned a value: the output the submission is compared with.</summary>
    Ok,
    /// <summary>It failed on this input (an error, a limit): the input is most likely outside the stated constraints.</summary>
    Rejected,
    /// <summary>The judge could not run it (its own fault, never the input's).</summary>
    Unavailable,
}

/// <summary>Whether the checker compared the two outputs, and what it found.</summary>
public enum CustomComparison
{
    Match,
    Mismatch,
    /// <summary>No verdict on the outputs; <see cref="CustomRunResult.Reason"/> says why.</summary>
    NotCompared,
}

/// <param name="Message">A fixed sentence for Rejected/Unavailable: never the reference's own exception text, output or time.</param>
public sealed record ReferenceRun(ReferenceOutcome Outcome, JsonNode? Output, string? Message);

/// <summary>
/// A run on the learner's own input: the submission's result as a one-test run (its test carries the input, the
/// reference output as "expected" and its own output as "got"), the reference's run, and the checker's comparison.
/// </summary>
public sealed record CustomRunResult(JudgeResult Submission, ReferenceRun Reference, CustomComparison Comparison, string? Reason)
{
    public const string TestName = "custom";

    public const string NoReference = "the reference solution rejected this input, so there is nothing to compare with";

    public const string NoResult = "your code did not return a result";

    public const string CustomChecker =
        "this problem's checker does not compare with one right output (it judges a random output statistically, or accepts any of many right answers), " +
        "and it only runs on the judge's own tests: compare the two outputs yourself";

    /// <summary>The built-in checkers compare a result with an expected value and nothing else; a problem's own checker may need more.</summary>
    public static bool CanCompare(Problem problem) => problem.Checker is not ICustomChecker;
}

/// <summary>
/// Passes every result (the comparison happens when the checker is <see cref="Inner"/>) and caps what a custom run
/// keeps of an output: the input is the learner's, so the expected value bounds nothing.
/// </summary>
internal sealed class CustomRunChecker(IChecker? inner) : IChecker
{
    public IChecker? Inner => inner;

    public CheckResult Check(JsonObject args, JsonNode? expected, JsonNode? got) =>
        inner is null || expected is null ? CheckResult.Pass() : inner.Check(args, expected, got);
}
