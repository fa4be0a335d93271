using Npgsql;
using MlJudge.Server.Workers;

namespace MlJudge.Server.Health;

/// <summary>
/// This process (its database, its own worker slots and their isolation) and every judge worker process that
/// sent a heartbeat to the same database recently, on any host (<see cref="WorkerHeartbeat"/>).
/// </summary>
public sealed record HealthReport(string Status, string Database, int Workers, int BusyWorkers, string Isolation, IReadOnlyList<WorkerStatus> Fleet);

public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", async (NpgsqlDataSource database, JudgeWorker workers, JudgeEngineHost engines, CancellationToken ct) =>
        {
            string db;
            IReadOnlyList<WorkerStatus> fleet = [];
            try
            {
                fleet = await WorkerHeartbeat.LiveAsync(database, ct);
                db = "ok";
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException)
            {
                db = $"unavailable: {e.Message}";
            }
            var isolation = workers.Slots > 0 ? engines.Isolation : "none (API only)";
            var report = new HealthReport(db == "ok" ? "ok" : "degraded", db, workers.Slots, workers.Busy, isolation, fleet);
            return db == "ok" ? Results.Ok(report) : Results.Json(report, statusCode: 503);
        });
        return app;
    }
}
