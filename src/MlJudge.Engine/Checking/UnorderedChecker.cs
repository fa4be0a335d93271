using System.Text.Json.Nodes;

namespace MlJudge.Engine.Checking;

/// <summary>Both are arrays holding the same multiset of elements (each element compared exactly).</summary>
public sealed class UnorderedChecker : IChecker, ITokenExactChecker
{
    public CheckResult Check(JsonObject args, JsonNode? expected, JsonNode? got)
    {
        if (expected is not JsonArray e) return new ExactChecker().Check(args, expected, got);
        if (got is not JsonArray g)
            return CheckResult.Fail(MismatchKind.Shape, "the result should be an array", $"expected an array of {e.Count}, got {ShapeWalker.Show(got)}", MismatchReport.Whole());
        if (e.Count != g.Count)
            return CheckResult.Fail(MismatchKind.Length, $"got {g.Count} elements, which is not the expected count", $"expected {e.Count} elements, got {g.Count}",
                MismatchReport.Whole());
        var expectedKeys = e.Select(Canonical).ToList();
        var gotKeys = g.Select(Canonical).ToList();
        var surplus = Unmatched(gotKeys, expectedKeys);
        if (surplus.Paths.Count == 0) return CheckResult.Pass();
        var missing = Unmatched(expectedKeys, gotKeys);
        var i = surplus.Paths[0][0];
        return CheckResult.Fail(MismatchKind.Value, $"element [{i}] of the result is not expected (or appears too often)",
            $"element [{i}] = {ShapeWalker.Show(g[i])} is not in the expected multiset {ShapeWalker.Show(expected)}",
            new MismatchReport(missing.Paths, surplus.Paths, surplus.Truncated || missing.Truncated));
    }

    // The elements of `side` left over once each is matched with an equal, not yet matched element of `other`.
    private static MismatchReport.Builder Unmatched(List<string> side, List<string> other)
    {
        var remaining = other.GroupBy(x => x).ToDictionary(x => x.Key, x => x.Count());
        var unmatched = new MismatchReport.Builder();
        for (var i = 0; i < side.Count; i++)
        {
            if (remaining.TryGetValue(side[i], out var count) && count > 0) remaining[side[i]] = count - 1;
            else if (!unmatched.Add([i])) break;
        }
        return unmatched;
    }

    // Numbers are compared by value, so 1 and 1.0 are the same element.
    private static string Canonical(JsonNode? node) => node switch
    {
        JsonArray a => "[" + string.Join(",", a.Select(Canonical)) + "]",
        _ when Values.JsonValues.TryGetDouble(node, out var d) => Values.JsonValues.FormatDouble(d),
        _ => node?.ToJsonString() ?? "null",
    };
}
