using MlJudge.Server.Queue;

namespace MlJudge.Server.Problems;

/// <summary>
/// Loads the catalog when the process starts — the web server publishes it (it alone writes the problems
/// table), a worker-only process just reads the folder — and reloads whenever the server announces a catalog
/// other than the one this process holds.
/// </summary>
public sealed class CatalogFollower(ProblemCatalogService catalog, NotificationListener notifications, CatalogRole role, ILogger<CatalogFollower> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        notifications.CatalogChanged += OnCatalogChangedAsync;
        if (role == CatalogRole.Publisher) await catalog.PublishAsync(cancellationToken);
        else await catalog.LoadAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        notifications.CatalogChanged -= OnCatalogChangedAsync;
        return Task.CompletedTask;
    }

    private async Task OnCatalogChangedAsync(string fingerprint, CancellationToken cancellationToken)
    {
        if (fingerprint == catalog.CurrentFingerprint) return; // our own publication, or already current
        logger.LogInformation("The server published catalog {Fingerprint}; reloading", fingerprint);
        await catalog.LoadAsync(cancellationToken);
    }
}

/// <summary>Whether this process writes the problems table (the web server) or only follows it (a `--worker`).</summary>
public enum CatalogRole
{
    Publisher,
    Follower,
}
