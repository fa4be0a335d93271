using System.Security.Claims;
using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection.Extensions;
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
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            o.SerializerOptions.Converters.Add(new NulRejectingStringConverter());
        });
        services.AddProblemDetails();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<TokenService>();
        services.AddSingleton<SessionValidator>();
        services.AddSingleton<LoginThrottle>();
        services.AddSingleton<HubConnectionLimiter>();
        var options = builder.Configuration.GetSection(MlJudgeOptions.Section).Get<MlJudgeOptions>() ?? new MlJudgeOptions();
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).Configure<TokenService, SessionValidator>((jwt, tokens, sessions) =>
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
                // Logout, password change and role change take effect on the next request (token version check).
                OnTokenValidated = sessions.ValidateAsync,
            };
        });
        services.AddAuthorizationBuilder().AddPolicy(AdminEndpoints.InstructorPolicy, p => p.RequireRole(Roles.Instructor));
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(SubmissionEndpoints.RateLimitPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
                http.User.FindFirstValue(TokenService.UserIdClaim) ?? http.ClientAddress(),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.SubmissionsPerMinute, Window = TimeSpan.FromMinutes(1) }));
            // Per client address; per-name limits and failed-login delays are LoginThrottle's.
            limiter.AddPolicy(AuthEndpoints.RegisterPolicy, http => RateLimitPartition.GetFixedWindowLimiter(http.ClientAddress(),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.RegistrationsPerHour, Window = TimeSpan.FromHours(1) }));
            limiter.AddPolicy(AuthEndpoints.LoginPolicy, http => RateLimitPartition.GetFixedWindowLimiter(http.ClientAddress(),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.LoginsPerMinute, Window = TimeSpan.FromMinutes(1) }));
            limiter.OnRejected = async (context, token) =>
            {
                var http = context.HttpContext;
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
                http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                var what = http.Request.Path.StartsWithSegments("/api/auth") ? "attempts" : "submissions";
                var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
                await problems.WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = http,
                    ProblemDetails = { Status = 429, Title = $"Too many {what}", Detail = $"Wait {seconds} s before trying again." },
                });
            };
        });
        // SignalR logs every exception a hub method throws as an error with its stack trace, refusals included;
        // RefusedCallLogger logs refusals as warnings and real failures as errors instead.
        builder.Logging.AddFilter("Microsoft.AspNetCore.SignalR.Internal.DefaultHubDispatcher", LogLevel.Critical);
        services.AddSignalR(hub => hub.AddFilter<RefusedCallLogger>())
            .AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddHostedService<JudgeEventRelay>();
        return builder;
    }

    public static WebApplication UseJudgeWeb(this WebApplication app)
    {
        // A database outage is the service's temporary state, not a bug: 503, so clients retry.
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = e => e is Npgsql.NpgsqlException or TimeoutException ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError,
        });
        app.UseStatusCodePages();
        app.UseSecurityHeaders();
        app.UseRequestTextValidation();
        app.UseHubOriginCheck();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        return app;
    }
}
