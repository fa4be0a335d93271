using System.Text.Json;
using Npgsql;

namespace MlJudge.Server.Queue;

/// <summary>
/// Holds one LISTEN connection: wakes local workers when work is queued, and hands progress events to
/// whoever streams them. Reconnects after the database restarts; workers also poll, so nothing waits on it.
/// </summary>
public sealed class NotificationListener(NpgsqlDataSource database, ILogger<NotificationListener> logger) : BackgroundService
{
    private readonly SemaphoreSlim _work = new(0, int.MaxValue);

    public event Func<JudgeEvent, CancellationToken, Task>? EventReceived;

    /// <summary>The server published a catalog; the argument is its fingerprint.</summary>
    public event Func<string, CancellationToken, Task>? CatalogChanged;

    /// <summary>A contest's board changed (any write, on any server); the argument is the contest id.</summary>
    public event Func<long, CancellationToken, Task>? BoardChanged;

    /// <summary>Waits until work may be available, or the timeout passes.</summary>
    public Task WaitForWorkAsync(TimeSpan timeout, CancellationToken cancellationToken) => _work.WaitAsync(timeout, cancellationToken);

    public void SignalWork() => _work.Release();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = TimeSpan.FromMilliseconds(200);
        var dispatcher = DispatchAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await database.OpenConnectionAsync(stoppingToken);
                connection.Notification += (_, n) => _pending.Writer.TryWrite(n);
                await using (var listen = new NpgsqlCommand($"listen {NotificationChannels.Queue}; listen {NotificationChannels.Events}; listen {NotificationChannels.Catalog}; listen {NotificationChannels.Boards};", connection))
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                delay = TimeSpan.FromMilliseconds(200);
                SignalWork(); // anything queued while we were not listening
                while (!stoppingToken.IsCancellationRequested) await connection.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e) when (e is NpgsqlException or IOException or TimeoutException or InvalidOperationException)
            {
                logger.LogWarning(e, "Lost the notification connection; reconnecting in {Delay}", delay);
                try { await Task.Delay(delay, stoppingToken); }
                catch (OperationCanceledException) { break; }
                delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, 5000));
            }
        }
        _pending.Writer.TryComplete();
        try { await dispatcher; }
        catch (OperationCanceledException) { }
    }

    private readonly System.Threading.Channels.Channel<NpgsqlNotificationEventArgs> _pending =
        System.Threading.Channels.Channel.CreateUnbounded<NpgsqlNotificationEventArgs>(new() { SingleReader = true });

    // Events are handled one at a time in arrival order, so clients see tests in the order they were stored.
    private Task DispatchAsync(CancellationToken stoppingToken) => Task.Run(async () =>
    {
        await foreach (var n in _pending.Reader.ReadAllAsync(stoppingToken))
        {
            if (n.Channel == NotificationChannels.Queue)
            {
                SignalWork();
                continue;
            }
            if (n.Channel == NotificationChannels.Catalog)
            {
                await DispatchCatalogAsync(n.Payload, stoppingToken);
                continue;
            }
            if (n.Channel == NotificationChannels.Boards)
            {
                await DispatchBoardAsync(n.Payload, stoppingToken);
                continue;
            }
            if (EventReceived is not { } handler) continue;
            try
            {
                var judgeEvent = JsonSerializer.Deserialize<JudgeEvent>(n.Payload, JudgeEvent.Json);
                if (judgeEvent is not null) await handler(judgeEvent, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Could not relay judge event {Payload}", n.Payload);
            }
        }
    }, stoppingToken);

    private async Task DispatchBoardAsync(string payload, CancellationToken stoppingToken)
    {
        if (BoardChanged is not { } handler || !long.TryParse(payload, out var contestId)) return;
        try { await handler(contestId, stoppingToken); }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Could not relay the board change of contest {ContestId}", contestId);
        }
    }

    private async Task DispatchCatalogAsync(string fingerprint, CancellationToken stoppingToken)
    {
        if (CatalogChanged is not { } handler) return;
        try { await handler(fingerprint, stoppingToken); }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The next claim compares content hashes with the table and reloads then (ProblemCatalogService.FindCurrentAsync).
            logger.LogError(e, "Could not reload the catalog {Fingerprint}", fingerprint);
        }
    }
}
