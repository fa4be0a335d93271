using MlJudge.Engine.Judging;
using OpenTelemetry.Metrics;

namespace MlJudge.Server.Metrics;

public static class MetricsEndpoints
{
    public const string Path = "/metrics";

    /// <summary>OpenTelemetry metrics for the judge's meters (and ASP.NET Core's), exported in Prometheus text format.</summary>
    public static IServiceCollection AddJudgeMetrics(this IServiceCollection services)
    {
        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(JudgeMetrics.MeterName, EngineMetrics.MeterName, "Microsoft.AspNetCore.Hosting")
            .AddPrometheusExporter());
        return services;
    }

    /// <summary>
    /// The scrape endpoint, for instructors only: queue depth and verdict counts say how a class is doing.
    /// A Prometheus server scrapes it with an instructor's bearer token.
    /// </summary>
    public static IEndpointRouteBuilder MapJudgeMetrics(this IEndpointRouteBuilder app)
    {
        app.MapPrometheusScrapingEndpoint(Path).RequireAuthorization(Admin.AdminEndpoints.InstructorPolicy);
        return app;
    }
}
