using System.Security.Claims;
using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Diagnostics;
using MlJudge.Server.Admin;
using MlJudge.Server.Auth;
using MlJudge.Server.Hubs;
using MlJudge.Server.Submissions;

namespace MlJudge.Server.Hosting;

public static class WebRegistration
{
    public const long MaxRequestBodyBytes = 256 * 1024;

    public static WebApplicationBuilder AddJudgeWeb(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = MaxRequestBodyBytes);
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddProblemDetails();
        services.AddSingleton<TokenService>();
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).Configure<TokenService>((jwt, tokens) =>
        {
            jwt.MapInboundClaims = false;
            jwt.TokenValidationParameters = tokens.ValidationParameters;
            jwt.Events = new JwtBearerEvents
            {
                // Browsers carry the token in the HttpOnly cookie; SignalR clients may pass it as access_token.
                OnMessageReceived = context =>
                {
                    if (string.IsNullOrEmpty(context.Token))
                    {
                        if (context.Request.Path.StartsWithSegments(JudgeHub.Path) && context.Request.Query["access_token"] is { Count: > 0 } query)
                            context.Token = query[0];
                        else if (context.Request.Cookies.TryGetValue(TokenService.CookieName, out var cookie))
                            context.Token = cookie;
                    }
                    return Task.CompletedTask;
                },
            };
        });
        services.AddAuthorizationBuilder().AddPolicy(AdminEndpoints.InstructorPolicy, p => p.RequireRole(Roles.Instructor));
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(SubmissionEndpoints.RateLimitPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
                http.User.FindFirstValue(TokenService.UserIdClaim) ?? http.Connection.RemoteIpAddress?.ToString() ?? "anonymous",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = builder.Configuration.GetSection(MlJudgeOptions.Section).Get<MlJudgeOptions>()?.SubmissionsPerMinute ?? 30,
                    Window = TimeSpan.FromMinutes(1),
                }));
            limiter.OnRejected = async (context, token) =>
            {
                var problems = context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
                await problems.WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context.HttpContext,
                    ProblemDetails = { Status = 429, Title = "Too many submissions", Detail = "Wait a minute before submitting again." },
                });
            };
        });
        services.AddSignalR().AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddHostedServiceAfterDatabase<JudgeEventRelay>();
        return builder;
    }

    public static WebApplication UseJudgeWeb(this WebApplication app)
    {
        // A database outage is the service's temporary state, not a bug: 503, so clients retry.
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            // In Development, minimal APIs throw BadHttpRequestException for unreadable bodies: still the client's 4xx.
            StatusCodeSelector = e => e is BadHttpRequestException bad ? bad.StatusCode
                : e is Npgsql.NpgsqlException or TimeoutException ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError,
        });
        app.UseStatusCodePages();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        return app;
    }
}
