using System.Text.Json.Nodes;
using MlJudge.Engine.Values;

namespace MlJudge.Engine.Checking;

/// <summary>Structural equality; numbers compare as numbers (1 equals 1.0).</summary>
public sealed class ExactChecker : IChecker, ITokenExactChecker
{
    public CheckResult Check(JsonObject args, JsonNode? expected, JsonNode? got) =>
        ShapeWalker.Compare(expected, got, (e, g) => ScalarEquals(e, g));

    internal static bool ScalarEquals(JsonNode? expected, JsonNode? got)
    {
        if (JsonValues.TryGetDouble(expected, out var e) && JsonValues.TryGetDouble(got, out var g))
            return e.Equals(g);
        return JsonNode.DeepEquals(expected, got);
    }
}
