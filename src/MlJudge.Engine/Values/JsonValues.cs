using System.Text.Json;
using System.Text.Json.Nodes;

namespace MlJudge.Engine.Values;

/// <summary>JSON conventions shared by test files, the runner protocol and checkers.</summary>
public static class JsonValues
{
    public static readonly JsonSerializerOptions Options = new()
    {
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = false,
    };

    /// <summary>Reads a number, including the non-finite strings "NaN", "Infinity" and "-Infinity".</summary>
    public static bool TryGetDouble(JsonNode? node, out double value)
    {
        value = 0;
        if (node is not JsonValue v) return false;
        var element = v.GetValue<JsonElement>();
        switch (element.ValueKind)
        {
            case JsonValueKind.Number:
                value = element.GetDouble();
                return true;
            case JsonValueKind.String:
                switch (element.GetString())
                {
                    case "NaN": value = double.NaN; return true;
                    case "Infinity": value = double.PositiveInfinity; return true;
                    case "-Infinity": value = double.NegativeInfinity; return true;
                }
                return false;
            default:
                return false;
        }
    }

    public static string FormatDouble(double value) => value switch
    {
        double.NaN => "NaN",
        double.PositiveInfinity => "Infinity",
        double.NegativeInfinity => "-Infinity",
        _ => value.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
    };

    public static JsonNode? Parse(string json) => JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { MaxDepth = 64 });

    /// <summary>Re-parses a node so that every value is backed by a JsonElement (nodes built from CLR values are not).</summary>
    public static JsonNode? Normalize(JsonNode? node) => node is null ? null : Parse(node.ToJsonString());

    /// <summary>Checks that a JSON value fits a signature type; returns a reason when it does not.</summary>
    public static string? Conforms(JsonNode? node, ValueType type, bool allowNonFinite = true)
    {
        if (type.Rank > 0)
        {
            if (node is not JsonArray array) return $"expected {type} (a JSON array), found {Describe(node)}";
            var inner = type with { Rank = type.Rank - 1 };
            for (var i = 0; i < array.Count; i++)
            {
                var reason = Conforms(array[i], inner, allowNonFinite);
                if (reason is not null) return $"[{i}]: {reason}";
            }
            return null;
        }
        switch (type.Scalar)
        {
            case "string":
                return node is JsonValue s && s.GetValue<JsonElement>().ValueKind == JsonValueKind.String ? null : $"expected a string, found {Describe(node)}";
            case "bool":
                return node is JsonValue b && b.GetValue<JsonElement>().ValueKind is JsonValueKind.True or JsonValueKind.False ? null : $"expected true/false, found {Describe(node)}";
            case "double":
                if (!TryGetDouble(node, out var d)) return $"expected a number, found {Describe(node)}";
                return allowNonFinite || double.IsFinite(d) ? null : "non-finite number not allowed here";
            default:
                if (node is JsonValue n && n.GetValue<JsonElement>() is { ValueKind: JsonValueKind.Number } e)
                {
                    var fits = type.Scalar == "int" ? e.TryGetInt32(out _) : e.TryGetInt64(out _);
                    return fits ? null : $"expected an integer that fits {type.Scalar}, found {e.GetRawText()}";
                }
                return $"expected an integer, found {Describe(node)}";
        }
    }

    public static string Describe(JsonNode? node) => node switch
    {
        null => "null",
        JsonArray a => $"an array of {a.Count}",
        JsonObject => "an object",
        _ => node.ToJsonString(),
    };
}
