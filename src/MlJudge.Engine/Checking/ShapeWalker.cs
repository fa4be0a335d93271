using System.Text.Json.Nodes;
using MlJudge.Engine.Values;

namespace MlJudge.Engine.Checking;

internal sealed record Difference(MismatchKind Kind, string Message, string Detail)
{
    public CheckResult ToResult() => CheckResult.Fail(Kind, Message, Detail);
}

/// <summary>Walks two values in lock step and reports the first place where shapes or elements differ.</summary>
internal static class ShapeWalker
{
    public delegate bool ElementComparer(JsonNode? expected, JsonNode? got);

    public delegate string? ElementExplainer(JsonNode? expected, JsonNode? got);

    public static Difference? FirstDifference(JsonNode? expected, JsonNode? got, ElementComparer equal, ElementExplainer? explain = null) =>
        Walk(expected, got, new List<int>(), equal, explain);

    // The path is kept as indices and only formatted when a difference is found: checking large arrays
    // must not allocate a string per element.
    private static Difference? Walk(JsonNode? expected, JsonNode? got, List<int> path, ElementComparer equal, ElementExplainer? explain)
    {
        if (expected is JsonArray e)
        {
            if (got is not JsonArray g)
                return new(MismatchKind.Shape, $"{Where(path)} should be an array but is {Kind(got)}", $"{Where(path)}: expected an array of {e.Count}, got {Show(got)}");
            if (e.Count != g.Count)
                return new(MismatchKind.Length, $"shape mismatch at {Where(path)}: got length {g.Count}, which is not the expected length",
                    $"shape mismatch at {Where(path)}: expected length {e.Count}, got length {g.Count}");
            for (var i = 0; i < e.Count; i++)
            {
                path.Add(i);
                var d = Walk(e[i], g[i], path, equal, explain);
                path.RemoveAt(path.Count - 1);
                if (d is not null) return d;
            }
            return null;
        }
        if (got is JsonArray)
            return new(MismatchKind.Shape, $"{Where(path)} should be a single value but is an array", $"{Where(path)}: expected {Show(expected)}, got {Show(got)}");
        if (equal(expected, got)) return null;
        var where = Where(path);
        var extra = explain?.Invoke(expected, got);
        return new(MismatchKind.Value,
            $"wrong value at {where}" + (extra is null ? "" : $" ({extra.Split(';')[0]})"),
            $"wrong value at {where}: expected {Show(expected)}, got {Show(got)}" + (extra is null ? "" : $"; {extra}"));
    }

    private static string Where(List<int> path) => path.Count == 0 ? "the result" : "element " + string.Concat(path.Select(i => $"[{i}]"));

    private static string Kind(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject => "an object",
        _ => "a single value",
    };

    public static string Show(JsonNode? node)
    {
        var text = node?.ToJsonString() ?? "null";
        return text.Length > 200 ? text[..200] + "…" : text;
    }

    internal static string FormatNumber(double value) => JsonValues.FormatDouble(value);
}
