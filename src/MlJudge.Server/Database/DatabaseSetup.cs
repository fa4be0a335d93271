using Npgsql;

namespace MlJudge.Server.Database;

/// <summary>
/// Opens the database before anything else starts: resolves the connection string (configured, or a private
/// local cluster for development), migrates the schema, and only then hands out the data source. Runs in
/// <see cref="StartingAsync"/>, so registering services never touches a database and a host that is built
/// but never started (tooling, OpenAPI generation) starts nothing.
/// </summary>
public sealed class DatabaseSetup(IConfiguration configuration, Microsoft.Extensions.Options.IOptions<MlJudgeOptions> options, ILogger<DatabaseSetup> logger)
    : IHostedLifecycleService, IAsyncDisposable
{
    private LocalPostgres? _local;
    private NpgsqlDataSource? _dataSource;

    /// <summary>The migrated database; resolving it before the host starts is a wiring bug, so it throws.</summary>
    public NpgsqlDataSource DataSource => _dataSource ?? throw new InvalidOperationException(
        "The database is opened when the host starts; resolve NpgsqlDataSource after that (see HostedServiceExtensions.AddHostedServiceAfterDatabase).");

    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        DapperMapping.Configure();
        var connectionString = configuration.GetConnectionString("MlJudge");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            var dataPath = Hosting.RepositoryPaths.DataPath(options.Value);
            logger.LogInformation("No ConnectionStrings:MlJudge configured; starting a private PostgreSQL cluster under {DataPath}", dataPath);
            _local = await LocalPostgres.StartAsync(dataPath, cancellationToken);
            connectionString = _local.ConnectionString;
        }
        DatabaseMigrator.Migrate(connectionString);
        _dataSource = new NpgsqlDataSourceBuilder(connectionString).Build();
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    // After every other service stopped: workers may still write their last results until then.
    public async Task StoppedAsync(CancellationToken cancellationToken) => await DisposeAsync();

    public async ValueTask DisposeAsync()
    {
        if (_dataSource is not null) await _dataSource.DisposeAsync();
        _dataSource = null;
        if (_local is not null) await _local.DisposeAsync();
        _local = null;
    }
}
