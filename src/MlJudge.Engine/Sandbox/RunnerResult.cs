using System.Text.Json.Nodes;

namespace MlJudge.Engine.Sandbox;

/// <summary>One answer from the runner, parsed once into nodes so the checker gets the value without a second parse.</summary>
internal sealed record RunnerResult(string Type, int Index, bool Ok, JsonNode? Value, double Ms, string? Stdout, string? Exception, string? ExceptionMessage)
{
    public static RunnerResult? Parse(string line)
    {
        try
        {
            if (Values.JsonValues.Parse(line) is not JsonObject o) return null;
            var value = o["value"];
            o.Remove("value");
            return new RunnerResult(
                o["type"]?.GetValue<string>() ?? "",
                o["index"]?.GetValue<int>() ?? -1,
                o["ok"]?.GetValue<bool>() ?? false,
                value,
                o["ms"]?.GetValue<double>() ?? 0,
                o["stdout"]?.GetValue<string>(),
                o["exception"]?.GetValue<string>(),
                o["exceptionMessage"]?.GetValue<string>());
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException or FormatException)
        {
            // A malformed line is treated like a dead runner: the verdict comes from what the judge observes.
            return null;
        }
    }
}
