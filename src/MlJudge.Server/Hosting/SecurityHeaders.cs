using Microsoft.Extensions.Options;
using MlJudge.Server.Hubs;

namespace MlJudge.Server.Hosting;

/// <summary>Browser-facing protections: response headers for every answer, and the hub's Origin check.</summary>
public static class SecurityHeaders
{
    /// <summary>
    /// Scripts only from this origin (no inline script, no eval). Monaco needs its bundled web workers (blob: for
    /// the fallback) and inline styles; KaTeX needs its font files and inline styles; the favicon is a data: URL.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "worker-src 'self' blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        // Set when the response starts, so error responses (whose headers the exception handler clears) carry them too.
        http.Response.OnStarting(() =>
        {
            var headers = http.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            return Task.CompletedTask;
        });
        await next(http);
    });

    /// <summary>
    /// A browser sends the auth cookie with a WebSocket handshake from any page, so the hub refuses an Origin other
    /// than the configured ones (default: this server's own host). Clients that send no Origin are not browsers and
    /// carry their own bearer token.
    /// </summary>
    public static IApplicationBuilder UseHubOriginCheck(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        var origin = http.Request.Headers.Origin;
        if (!http.Request.Path.StartsWithSegments(JudgeHub.Path) || origin.Count == 0 || IsAllowed(http, origin.ToString()))
        {
            await next(http);
            return;
        }
        http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SecurityHeaders))
            .LogWarning("Refused a hub request from origin {Origin}", origin.ToString());
        http.Response.StatusCode = StatusCodes.Status403Forbidden;
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = { Status = 403, Title = "Origin not allowed", Detail = "The live-updates hub accepts connections from this site only." },
        });
    });

    private static bool IsAllowed(HttpContext http, string origin)
    {
        if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri)) return false;
        var allowed = http.RequestServices.GetRequiredService<IOptions<MlJudgeOptions>>().Value.AllowedOrigins;
        if (allowed.Length > 0)
            return allowed.Any(a => Uri.TryCreate(a, UriKind.Absolute, out var ok)
                && string.Equals(ok.GetLeftPart(UriPartial.Authority), uri.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase));
        // Host only, not scheme: behind a TLS-terminating proxy the request is http while the page is https.
        return string.Equals(uri.Authority, http.Request.Host.Value, StringComparison.OrdinalIgnoreCase);
    }
}
