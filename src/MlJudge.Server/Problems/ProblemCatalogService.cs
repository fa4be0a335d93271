using Dapper;
using MlJudge.Engine.Problems;
using Npgsql;

namespace MlJudge.Server.Problems;

/// <summary>
/// The problems users can see: loaded from the problems folder (a broken folder is reported and skipped,
/// never half-loaded) and mirrored into the problems table with its content hash.
/// </summary>
public sealed class ProblemCatalogService(NpgsqlDataSource database, Microsoft.Extensions.Options.IOptions<MlJudgeOptions> options, ILogger<ProblemCatalogService> logger)
{
    private volatile IReadOnlyDictionary<string, Problem> _problems = new Dictionary<string, Problem>();

    public IReadOnlyDictionary<string, Problem> Problems => _problems;

    public Problem? Find(string id) => _problems.GetValueOrDefault(id);

    public async Task<ProblemCatalog> ReloadAsync(CancellationToken cancellationToken)
    {
        var folder = Hosting.RepositoryPaths.ProblemsPath(options.Value);
        var catalog = await Task.Run(() => ProblemLoader.LoadAll(folder), cancellationToken);
        foreach (var error in catalog.Errors) logger.LogWarning("Problem folder skipped: problems/{Problem}/{Error}", error.ProblemId, error);

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
        await transaction.CommitAsync(cancellationToken);

        _problems = catalog.Problems.ToDictionary(p => p.Id);
        logger.LogInformation("Loaded {Count} problems from {Folder}", catalog.Problems.Count, folder);
        return catalog;
    }
}
