using Npgsql;
using MlJudge.Server.Workers;

namespace MlJudge.Server.Health;

public sealed record HealthReport(string Status, string Database, int Workers, int BusyWorkers, string Isolation);

public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", async (NpgsqlDataSource database, JudgeWorker workers, JudgeEngineProvider engines, CancellationToken ct) =>
        {
            string db;
            try
            {
                await using var command = database.CreateCommand("select 1");
                await command.ExecuteScalarAsync(ct);
                db = "ok";
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException)
            {
                db = $"unavailable: {e.Message}";
            }
            var report = new HealthReport(db == "ok" ? "ok" : "degraded", db, workers.Slots, workers.Busy, engines.Isolation);
            return db == "ok" ? Results.Ok(report) : Results.Json(report, statusCode: 503);
        });
        return app;
    }
}
