using System.Text.Json.Nodes;
using MlJudge.Engine.Judging;

namespace MlJudge.Server.Submissions;

/// <param name="Args">The arguments by parameter name, checked against the entry point's types and shapes before anything runs.</param>
public sealed record CustomRunRequest(string? Source, JsonObject? Args);

/// <summary>
/// A custom run's outcome beyond its one test: both outputs, how the reference fared, and the checker's comparison.
/// Stored as submissions.custom_result (with Args from custom_args).
/// </summary>
/// <param name="Output">The submission's result; null when it did not return one (see the verdict).</param>
/// <param name="ReferenceOutput">The reference solution's result; null unless ReferenceOutcome is Ok.</param>
/// <param name="ReferenceMessage">Why there is no reference output, in fixed words (never the reference's own error text).</param>
/// <param name="ReferenceOutcome">Null until the run is finished, like Comparison.</param>
/// <param name="Reason">Why Comparison is NotCompared.</param>
public sealed record CustomRunDto(
    JsonObject? Args, JsonNode? Output, ReferenceOutcome? ReferenceOutcome, JsonNode? ReferenceOutput, string? ReferenceMessage,
    CustomComparison? Comparison, string? Reason)
{
    public static CustomRunDto From(CustomRunResult result) => new(null, result.Submission.Tests is [var test] ? test.Got : null,
        result.Reference.Outcome, result.Reference.Output, result.Reference.Message, result.Comparison, result.Reason);
}
