using System.Text.Json.Nodes;
using MlJudge.Engine.Values;

namespace MlJudge.Engine.Checking;

internal sealed record Difference(string Message, string Detail);

/// <summary>Walks two values in lock step and reports the first place where shapes or elements differ.</summary>
internal static class ShapeWalker
{
    public delegate bool ElementComparer(JsonNode? expected, JsonNode? got);

    public delegate string? ElementExplainer(JsonNode? expected, JsonNode? got);

    public static Difference? FirstDifference(JsonNode? expected, JsonNode? got, ElementComparer equal, ElementExplainer? explain = null) =>
        Walk(expected, got, "", equal, explain);

    private static Difference? Walk(JsonNode? expected, JsonNode? got, string path, ElementComparer equal, ElementExplainer? explain)
    {
        var where = path.Length == 0 ? "the result" : $"element {path}";
        if (expected is JsonArray e)
        {
            if (got is not JsonArray g)
                return new($"{where} should be an array but is {Kind(got)}", $"{where}: expected an array of {e.Count}, got {Show(got)}");
            if (e.Count != g.Count)
                return new($"shape mismatch at {where}: got length {g.Count}, which is not the expected length",
                    $"shape mismatch at {where}: expected length {e.Count}, got length {g.Count}");
            for (var i = 0; i < e.Count; i++)
            {
                if (Walk(e[i], g[i], $"{path}[{i}]", equal, explain) is { } d) return d;
            }
            return null;
        }
        if (got is JsonArray)
            return new($"{where} should be a single value but is an array", $"{where}: expected {Show(expected)}, got {Show(got)}");
        if (equal(expected, got)) return null;
        var extra = explain?.Invoke(expected, got);
        return new(
            $"wrong value at {where}" + (extra is null ? "" : $" ({extra.Split(';')[0]})"),
            $"wrong value at {where}: expected {Show(expected)}, got {Show(got)}" + (extra is null ? "" : $"; {extra}"));
    }

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
