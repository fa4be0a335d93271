using System.Text.Json;
using System.Text.Json.Nodes;

namespace MlJudge.Engine.Values;

/// <summary>
/// Text JSON can carry but the judge cannot keep: NUL (PostgreSQL's text and jsonb refuse it) and unpaired surrogates
/// (System.Text.Json throws when it reads or writes one). Checked before a learner's value is stored or echoed.
/// </summary>
internal static class StorableText
{
    public const string Problem = "may not hold NUL characters or unpaired surrogates";

    /// <summary>The path of the first string (or object key) anywhere in the value that the judge cannot store, or null.</summary>
    public static string? FirstUnclean(JsonNode? node, string path)
    {
        switch (node)
        {
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                    if (FirstUnclean(array[i], $"{path}[{i}]") is { } found) return found;
                return null;
            case JsonObject obj:
                foreach (var (key, value) in obj)
                    if (!IsClean(key)) return path;
                    else if (FirstUnclean(value, path) is { } found) return found;
                return null;
            case JsonValue value when value.GetValue<JsonElement>() is { ValueKind: JsonValueKind.String } element:
                try { return IsClean(element.GetString()!) ? null : path; }
                catch (InvalidOperationException) { return path; }
            default:
                return null;
        }
    }

    public static bool IsClean(string text)
    {
        if (text.Contains('\0')) return false;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else if (char.IsSurrogate(text[i])) return false;
        }
        return true;
    }
}
