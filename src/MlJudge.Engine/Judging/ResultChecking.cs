using System.Text.Json;
using System.Text.Json.Nodes;
using MlJudge.Engine.Checking;
using MlJudge.Engine.Problems;
using MlJudge.Engine.Sandbox;

namespace MlJudge.Engine.Judging;

/// <summary>
/// Checks one raw result in bounded memory: a result longer than the test's budget was never kept and is wrong; one
/// with more tokens than the budget is refused by a forward-only count; only then is a tree built for the checker,
/// and that tree is no bigger than the budget (for the built-in checkers, no bigger than the expected value's).
/// </summary>
internal static class ResultChecking
{
    /// <returns>The check and the parsed result, or null when the checker itself failed (the judge's fault).</returns>
    public static (CheckResult Check, JsonNode? Got)? Check(IChecker checker, TestCase test, RunnerResult result)
    {
        var budget = OutputBudget.For(test, checker);
        if (result.ValueCut)
            return (CheckResult.Fail(MismatchKind.Length, HiddenTestMessages.MuchLarger,
                $"the result is {result.LineBytes} bytes, far more than the expected value needs"), null);
        var value = result.Value.Span;
        if (value.IsEmpty || JsonSize.CountTokens(value, budget.MaxTokens) < 0)
            return (CheckResult.Fail(MismatchKind.Length, "the result has more elements than expected"), null);
        if (!TryParse(value, out var got)) return (CheckResult.Fail(MismatchKind.Shape, "the result is not a valid value"), null);
        try
        {
            return (checker.Check(test.Args, test.Expected, got), got);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return null;
        }
    }

    /// <summary>
    /// The result parsed when it is small (at most <paramref name="maxBytes"/>), whatever the checker's token budget: a
    /// known mistake's output often has more elements than the expected value, and is still worth comparing.
    /// </summary>
    public static JsonNode? ParseSmall(RunnerResult result, int maxBytes)
    {
        if (result.ValueCut || result.Value.Length is 0 || result.Value.Length > maxBytes) return null;
        return TryParse(result.Value.Span, out var node) ? node : null;
    }

    // A JSON null is valid and parses to a null node, which the checkers judge; only malformed text fails here.
    private static bool TryParse(ReadOnlySpan<byte> value, out JsonNode? node)
    {
        try
        {
            node = JsonNode.Parse(value, documentOptions: new JsonDocumentOptions { MaxDepth = 64 });
            return true;
        }
        catch (JsonException)
        {
            node = null;
            return false;
        }
    }
}
