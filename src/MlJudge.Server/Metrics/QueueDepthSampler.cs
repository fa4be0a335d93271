using Dapper;
using Npgsql;

namespace MlJudge.Server.Metrics;

/// <summary>Counts unfinished submissions every few seconds for the queue-depth gauge (a gauge callback cannot query).</summary>
public sealed class QueueDepthSampler(NpgsqlDataSource database, JudgeMetrics metrics, ILogger<QueueDepthSampler> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        do
        {
            try
            {
                await using var connection = await database.OpenConnectionAsync(stoppingToken);
                // The partial index submissions_unfinished makes this a short index scan.
                metrics.SetQueueDepth(await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                    "select count(*) from submissions where status <> 'Finished'", cancellationToken: stoppingToken)));
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException)
            {
                logger.LogWarning(e, "Could not sample the queue depth");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
