using System.Security.Cryptography;
using System.Text;
using Dapper;
using MlJudge.Engine.Problems;
using Npgsql;

namespace MlJudge.Server.Problems;

/// <summary>
/// The problems this process serves and judges, loaded from the problems folder (a broken folder is reported
/// and skipped, never half-loaded). The web server is the one writer of the problems table: its
/// <see cref="PublishAsync"/> mirrors the folder into the table and announces the new catalog; every other
/// process (a `--worker`, another server) only <see cref="LoadAsync">loads</see> the folder into memory, when it
/// starts, when the announcement arrives (<see cref="CatalogFollower"/>), and when a claimed submission's problem
/// has another content hash in the table than in memory (<see cref="FindCurrentAsync"/>).
/// </summary>
public sealed class ProblemCatalogService(NpgsqlDataSource database, Microsoft.Extensions.Options.IOptions<MlJudgeOptions> options, ILogger<ProblemCatalogService> logger)
    : IDisposable
{
    private readonly SemaphoreSlim _loading = new(1, 1);
    private volatile IReadOnlyDictionary<string, Problem> _problems = new Dictionary<string, Problem>();
    private volatile string _fingerprint = Fingerprint([]);

    public IReadOnlyDictionary<string, Problem> Problems => _problems;

    /// <summary>Names the loaded catalog: every problem id with its content hash, hashed.</summary>
    public string CurrentFingerprint => _fingerprint;

    public Problem? Find(string id) => _problems.GetValueOrDefault(id);

    /// <summary>Loads the folder into this process's memory only.</summary>
    public async Task<ProblemCatalog> LoadAsync(CancellationToken cancellationToken)
    {
        await _loading.WaitAsync(cancellationToken);
        try
        {
            var folder = Hosting.RepositoryPaths.ProblemsPath(options.Value);
            var catalog = await Task.Run(() => ProblemLoader.LoadAll(folder), cancellationToken);
            foreach (var error in catalog.Errors) logger.LogWarning("Problem folder skipped: problems/{Problem}/{Error}", error.ProblemId, error);
            _problems = catalog.Problems.ToDictionary(p => p.Id);
            _fingerprint = Fingerprint(catalog.Problems);
            logger.LogInformation("Loaded {Count} problems from {Folder} (catalog {Fingerprint})", catalog.Problems.Count, folder, _fingerprint);
            return catalog;
        }
        finally
        {
            _loading.Release();
        }
    }

    /// <summary>The server's reload: loads the folder, mirrors it into the problems table and announces it, in one transaction.</summary>
    public async Task<ProblemCatalog> PublishAsync(CancellationToken cancellationToken)
    {
        var catalog = await LoadAsync(cancellationToken);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var p in catalog.Problems)
        {
            await connection.ExecuteAsync(new CommandDefinition("""
                insert into problems (id, title, title_zh, difficulty, tags, content_hash, active, updated_at)
                values (@Id, @Title, @TitleZh, @Difficulty, @Tags, @Hash, true, now())
                on conflict (id) do update set title = excluded.title, title_zh = excluded.title_zh, difficulty = excluded.difficulty,
                    tags = excluded.tags, active = true,
                    updated_at = case when problems.content_hash = excluded.content_hash then problems.updated_at else now() end,
                    content_hash = excluded.content_hash
                """, new { p.Id, p.Metadata.Title, p.Metadata.TitleZh, p.Metadata.Difficulty, Tags = p.Metadata.Tags.ToArray(), Hash = p.ContentHash },
                transaction, cancellationToken: cancellationToken));
        }
        // Problems that disappeared (or broke) stay in the table for their submissions but are hidden.
        await connection.ExecuteAsync(new CommandDefinition("update problems set active = false where not (id = any(@Ids))",
            new { Ids = catalog.Problems.Select(p => p.Id).ToArray() }, transaction, cancellationToken: cancellationToken));
        // Delivered at commit, so a process that reloads on it reads a table that already agrees.
        await connection.ExecuteAsync(new CommandDefinition("select pg_notify(@channel, @fingerprint)",
            new { channel = Queue.NotificationChannels.Catalog, fingerprint = Fingerprint(catalog.Problems) }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return catalog;
    }

    /// <summary>
    /// The problem as the server last published it: when the table names another content hash than the one in
    /// memory, the folder is loaded again. Null when this process's folder still differs (a stale mount):
    /// judging against other tests than the server's would be silently wrong.
    /// </summary>
    public async Task<Problem?> FindCurrentAsync(string id, CancellationToken cancellationToken)
    {
        var published = await PublishedHashAsync(id, cancellationToken);
        if (Find(id) is { } loaded && (published is null || loaded.ContentHash == published)) return loaded;
        logger.LogInformation("Problem {Problem} changed (published {Published}); reloading the folder", id, published);
        await LoadAsync(cancellationToken);
        return Find(id) is { } reloaded && (published is null || reloaded.ContentHash == published) ? reloaded : null;
    }

    private async Task<string?> PublishedHashAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            "select content_hash from problems where id = @id", new { id }, cancellationToken: cancellationToken));
    }

    public void Dispose() => _loading.Dispose();

    private static string Fingerprint(IEnumerable<Problem> problems) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
        string.Join('\n', problems.OrderBy(p => p.Id, StringComparer.Ordinal).Select(p => $"{p.Id} {p.ContentHash}")))))[..16];
}
