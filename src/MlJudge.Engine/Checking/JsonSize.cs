using System.Text.Json;
using System.Text.Json.Nodes;

namespace MlJudge.Engine.Checking;

/// <summary>The size of a JSON value in bytes and in tokens (every scalar and every array or object bracket).</summary>
internal readonly record struct JsonSize(long Bytes, long Tokens)
{
    public static JsonSize Of(JsonNode? node)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(node);
        return new JsonSize(bytes.Length, CountTokens(bytes, long.MaxValue));
    }

    /// <summary>
    /// Counts tokens with a forward-only reader (nothing is allocated per token) and stops at <paramref name="max"/>,
    /// so an oversized result is refused after reading no more of it than a fitting one would need.
    /// </summary>
    /// <returns>The count, or -1 when it passes <paramref name="max"/> or the bytes are not one JSON value.</returns>
    public static long CountTokens(ReadOnlySpan<byte> json, long max)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 64 });
        long count = 0;
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.EndArray or JsonTokenType.EndObject) continue;
                if (++count > max) return -1;
            }
        }
        catch (JsonException)
        {
            return -1;
        }
        return count;
    }
}
