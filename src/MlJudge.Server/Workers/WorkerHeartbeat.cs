using Dapper;
using Npgsql;

namespace MlJudge.Server.Workers;

/// <summary>A judge process with worker slots as /health reports it: one row of the workers table.</summary>
public sealed record WorkerStatus(string Id, string Host, string Isolation, int Slots, int Busy, DateTime StartedAt, DateTime LastSeen);

/// <summary>
/// Keeps this process's row in the workers table fresh while it has judge slots, and removes it on a clean stop.
/// A process that dies just stops renewing; /health only lists rows seen within <see cref="StaleAfter"/>.
/// </summary>
public sealed class WorkerHeartbeat(
    NpgsqlDataSource database,
    JudgeWorker workers,
    JudgeEngineHost engines,
    ILogger<WorkerHeartbeat> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);
    public static readonly TimeSpan StaleAfter = 3 * Interval;

    /// <summary>The same name the worker slots record in submissions.worker (before the "/slot").</summary>
    public static string ProcessId => $"{Environment.MachineName}:{Environment.ProcessId}";

    public static async Task<IReadOnlyList<WorkerStatus>> LiveAsync(NpgsqlDataSource database, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<WorkerStatus>(new CommandDefinition("""
            select id, host, isolation, slots, busy, started_at, last_seen from workers
            where last_seen > now() - make_interval(secs => @stale) order by id
            """, new { stale = StaleAfter.TotalSeconds }, cancellationToken: cancellationToken))).ToList();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (workers.Slots <= 0) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await BeatAsync(stoppingToken);
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException)
            {
                // The database restarting is no reason to stop judging: the next beat tries again.
                logger.LogWarning("Worker heartbeat failed: {Message}", e.Message);
            }
            try { await Task.Delay(Interval, stoppingToken); }
            catch (OperationCanceledException) { break; }
        }
    }

    private async Task BeatAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        // Rows of processes gone for an hour are only noise; a restarted container gets a new id anyway.
        await connection.ExecuteAsync(new CommandDefinition("""
            insert into workers (id, host, isolation, slots, busy) values (@id, @host, @isolation, @slots, @busy)
            on conflict (id) do update set isolation = excluded.isolation, slots = excluded.slots, busy = excluded.busy, last_seen = now();
            delete from workers where last_seen < now() - interval '1 hour';
            """, new { id = ProcessId, host = Environment.MachineName, isolation = engines.Isolation, slots = workers.Slots, busy = workers.Busy },
            cancellationToken: cancellationToken));
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (workers.Slots <= 0) return;
        try
        {
            await using var connection = await database.OpenConnectionAsync(cancellationToken);
            await connection.ExecuteAsync(new CommandDefinition("delete from workers where id = @id", new { id = ProcessId }, cancellationToken: cancellationToken));
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or OperationCanceledException)
        {
            logger.LogWarning("Could not remove this worker's heartbeat row: {Message}", e.Message);
        }
    }
}
