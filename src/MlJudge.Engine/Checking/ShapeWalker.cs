using System.Text.Json.Nodes;
using MlJudge.Engine.Values;

namespace MlJudge.Engine.Checking;

internal sealed record Difference(MismatchKind Kind, string Message, string Detail)
{
    public CheckResult ToResult(MismatchReport? mismatches = null) => CheckResult.Fail(Kind, Message, Detail, mismatches);
}

/// <summary>
/// Walks two values in lock step. The first place where shapes or elements differ gives the message; every
/// differing place (up to <see cref="MismatchReport.MaxPaths"/>) is reported by path.
/// </summary>
internal static class ShapeWalker
{
    public delegate bool ElementComparer(JsonNode? expected, JsonNode? got);

    public delegate string? ElementExplainer(JsonNode? expected, JsonNode? got);

    public static CheckResult Compare(JsonNode? expected, JsonNode? got, ElementComparer equal, ElementExplainer? explain = null)
    {
        var walk = new Walk(equal, explain);
        walk.Visit(expected, got, []);
        return walk.First is null ? CheckResult.Pass() : walk.First.ToResult(MismatchReport.Positional(walk.Paths.Paths, walk.Paths.Truncated));
    }

    // The path is kept as indices and only copied or formatted where a difference is found: checking large arrays
    // must not allocate per element. Only the first difference gets a message.
    private sealed class Walk(ElementComparer equal, ElementExplainer? explain)
    {
        public Difference? First { get; private set; }

        public MismatchReport.Builder Paths { get; } = new();

        /// <returns>False once the path cap is passed: the walk stops there.</returns>
        public bool Visit(JsonNode? expected, JsonNode? got, List<int> path)
        {
            if (expected is JsonArray e)
            {
                if (got is not JsonArray g)
                    return Differ(path, First ?? new(MismatchKind.Shape, $"{Where(path)} should be an array but is {Kind(got)}",
                        $"{Where(path)}: expected an array of {e.Count}, got {Show(got)}"));
                if (e.Count != g.Count)
                    return Differ(path, First ?? new(MismatchKind.Length, $"shape mismatch at {Where(path)}: got length {g.Count}, which is not the expected length",
                        $"shape mismatch at {Where(path)}: expected length {e.Count}, got length {g.Count}"));
                for (var i = 0; i < e.Count; i++)
                {
                    path.Add(i);
                    var more = Visit(e[i], g[i], path);
                    path.RemoveAt(path.Count - 1);
                    if (!more) return false;
                }
                return true;
            }
            if (got is JsonArray)
                return Differ(path, First ?? new(MismatchKind.Shape, $"{Where(path)} should be a single value but is an array",
                    $"{Where(path)}: expected {Show(expected)}, got {Show(got)}"));
            return equal(expected, got) || Differ(path, First ?? WrongValue(expected, got, path));
        }

        private Difference WrongValue(JsonNode? expected, JsonNode? got, List<int> path)
        {
            var where = Where(path);
            var extra = explain?.Invoke(expected, got);
            return new(MismatchKind.Value,
                $"wrong value at {where}" + (extra is null ? "" : $" ({extra.Split(';')[0]})"),
                $"wrong value at {where}: expected {Show(expected)}, got {Show(got)}" + (extra is null ? "" : $"; {extra}"));
        }

        // `First ?? new(...)` at the call sites builds a message for the first difference only.
        private bool Differ(List<int> path, Difference difference)
        {
            First = difference;
            return Paths.Add([.. path]);
        }
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
