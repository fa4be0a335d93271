using System.Text.Json.Nodes;

namespace MlJudge.Engine.Checking;

/// <summary>Two label arrays describe the same partition: equal up to a one-to-one renaming of labels.</summary>
public sealed class PartitionChecker : IChecker, ITokenExactChecker
{
    public CheckResult Check(JsonObject args, JsonNode? expected, JsonNode? got)
    {
        if (expected is not JsonArray e || got is not JsonArray g)
            return CheckResult.Fail(MismatchKind.Shape, "the result should be an array of labels", $"expected {ShapeWalker.Show(expected)}, got {ShapeWalker.Show(got)}",
                MismatchReport.Whole());
        if (e.Count != g.Count)
            return CheckResult.Fail(MismatchKind.Length, $"got {g.Count} labels, which is not the expected count", $"expected {e.Count} labels, got {g.Count}",
                MismatchReport.Whole());
        // The renaming is fixed by the first element of each group; an element that contradicts it is grouped
        // differently and is reported (the renaming is not extended by it).
        var forward = new Dictionary<string, string>();
        var backward = new Dictionary<string, string>();
        var inconsistent = new MismatchReport.Builder();
        for (var i = 0; i < e.Count; i++)
        {
            var a = e[i]?.ToJsonString() ?? "null";
            var b = g[i]?.ToJsonString() ?? "null";
            if (forward.TryGetValue(a, out var mapped) && mapped != b || backward.TryGetValue(b, out var back) && back != a)
            {
                if (!inconsistent.Add([i])) break;
                continue;
            }
            forward[a] = b;
            backward[b] = a;
        }
        if (inconsistent.Paths.Count == 0) return CheckResult.Pass();
        var first = inconsistent.Paths[0][0];
        return CheckResult.Fail(MismatchKind.Value, $"element [{first}] is grouped differently from the expected partition",
            $"element [{first}]: label {g[first]?.ToJsonString() ?? "null"} is inconsistent with the expected grouping {ShapeWalker.Show(expected)}",
            MismatchReport.Positional(inconsistent.Paths, inconsistent.Truncated));
    }
}
