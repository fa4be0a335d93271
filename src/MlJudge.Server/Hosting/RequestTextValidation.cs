using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MlJudge.Server.Hosting;

/// <summary>
/// One rule for every string a client sends, checked before any endpoint runs: no NUL and no invalid UTF-16
/// anywhere (PostgreSQL refuses 0x00 in text, which surfaced as 503s with a stack trace per request), and no
/// control characters in the path or query (no name, id or filter of this API has any). Bodies are covered by
/// <see cref="NulRejectingStringConverter"/>; fields that may hold newlines and tabs (source code) check the rest.
/// </summary>
public static class RequestTextValidation
{
    /// <summary>False for control characters and for U+FFFD, which is what a lone surrogate or an undecodable byte becomes.</summary>
    public static bool IsCleanText(string text)
    {
        foreach (var rune in text.EnumerateRunes())
            if (Rune.IsControl(rune) || rune == Rune.ReplacementChar) return false;
        return true;
    }

    /// <summary>Refuses a request whose path or query holds control characters, NUL or undecodable bytes, with a 400 problem document.</summary>
    public static IApplicationBuilder UseRequestTextValidation(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        var bad = !IsCleanText(http.Request.Path.Value ?? "")
            ? "path"
            : http.Request.Query.FirstOrDefault(q => !IsCleanText(q.Key) || q.Value.Any(v => v is not null && !IsCleanText(v))).Key is { } key
                ? IsCleanText(key) ? key : "query"
                : null;
        if (bad is null)
        {
            await next(http);
            return;
        }
        http.Response.StatusCode = StatusCodes.Status400BadRequest;
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = { Status = 400, Title = "Invalid characters", Detail = $"'{bad}' contains control characters or invalid text." },
        });
    });
}

/// <summary>Every string in a JSON body: a NUL is a 400 (the body fails to bind), whatever the field.</summary>
public sealed class NulRejectingStringConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        return text is not null && text.Contains('\0') ? throw new JsonException("strings must not contain NUL characters") : text;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
