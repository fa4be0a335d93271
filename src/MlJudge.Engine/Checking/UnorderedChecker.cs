using System.Text.Json.Nodes;

namespace MlJudge.Engine.Checking;

/// <summary>Both are arrays holding the same multiset of elements (each element compared exactly).</summary>
public sealed class UnorderedChecker : IChecker, ITokenExactChecker
{
    public CheckResult Check(JsonObject args, JsonNode? expected, JsonNode? got)
    {
        if (expected is not JsonArray e) return new ExactChecker().Check(args, expected, got);
        if (got is not JsonArray g) return CheckResult.Fail(MismatchKind.Shape, "the result should be an array", $"expected an array of {e.Count}, got {ShapeWalker.Show(got)}");
        if (e.Count != g.Count)
            return CheckResult.Fail(MismatchKind.Length, $"got {g.Count} elements, which is not the expected count", $"expected {e.Count} elements, got {g.Count}");
        var remaining = e.Select(Canonical).GroupBy(x => x).ToDictionary(x => x.Key, x => x.Count());
        for (var i = 0; i < g.Count; i++)
        {
            var key = Canonical(g[i]);
            if (!remaining.TryGetValue(key, out var count) || count == 0)
                return CheckResult.Fail(MismatchKind.Value, $"element [{i}] of the result is not expected (or appears too often)",
                    $"element [{i}] = {ShapeWalker.Show(g[i])} is not in the expected multiset {ShapeWalker.Show(expected)}");
            remaining[key] = count - 1;
        }
        return CheckResult.Pass();
    }

    // Numbers are compared by value, so 1 and 1.0 are the same element.
    private static string Canonical(JsonNode? node) => node switch
    {
        JsonArray a => "[" + string.Join(",", a.Select(Canonical)) + "]",
        _ when Values.JsonValues.TryGetDouble(node, out var d) => Values.JsonValues.FormatDouble(d),
        _ => node?.ToJsonString() ?? "null",
    };
}
