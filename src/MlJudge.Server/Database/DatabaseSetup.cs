using Dapper;
using Npgsql;

namespace MlJudge.Server.Database;

/// <summary>Resolves the connection string (configured, or a private local cluster) and migrates the schema.</summary>
public sealed class DatabaseSetup(IConfiguration configuration, Microsoft.Extensions.Options.IOptions<MlJudgeOptions> options, ILogger<DatabaseSetup> logger)
    : IAsyncDisposable
{
    private LocalPostgres? _local;

    public async Task<NpgsqlDataSource> StartAsync(CancellationToken cancellationToken)
    {
        DefaultTypeMap.MatchNamesWithUnderscores = true;
        var connectionString = configuration.GetConnectionString("MlJudge");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            var dataPath = Hosting.RepositoryPaths.DataPath(options.Value);
            logger.LogInformation("No ConnectionStrings:MlJudge configured; starting a private PostgreSQL cluster under {DataPath}", dataPath);
            _local = await LocalPostgres.StartAsync(dataPath, cancellationToken);
            connectionString = _local.ConnectionString;
        }
        DatabaseMigrator.Migrate(connectionString);
        return new NpgsqlDataSourceBuilder(connectionString).Build();
    }

    public async ValueTask DisposeAsync()
    {
        if (_local is not null) await _local.DisposeAsync();
    }
}
