using Dapper;
using Npgsql;

namespace MlJudge.Server.Contests;

/// <summary>Contests, their problem sets and participants in PostgreSQL.</summary>
public sealed class ContestStore(NpgsqlDataSource database)
{
    private const string Columns = """
        c.id, c.title, c.description, c.starts_at, c.ends_at, c.freeze_at, c.unfrozen, c.closed, c.scoring, c.join_code,
        c.late_policy, c.late_factor, c.late_until, c.created_by, c.board_version
        """;

    public async Task<long> CreateAsync(ValidContest contest, long createdBy, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition("""
            insert into contests (title, description, starts_at, ends_at, freeze_at, scoring, join_code, late_policy, late_factor, late_until, created_by)
            values (@Title, @Description, @StartsAt, @EndsAt, @FreezeAt, @Scoring, @JoinCode, @LatePolicy, @LateFactor, @LateUntil, @createdBy)
            returning id
            """, Parameters(contest, new { createdBy }), transaction, cancellationToken: cancellationToken));
        await SetProblemsAsync(connection, transaction, id, contest, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return id;
    }

    /// <summary>Replaces everything about a contest that has not started; false when it has started meanwhile.</summary>
    public async Task<bool> ReplaceBeforeStartAsync(long id, ValidContest contest, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // The start check happens in the same statement as the write, so a contest cannot be edited once it runs.
        var updated = await connection.ExecuteAsync(new CommandDefinition("""
            update contests set title = @Title, description = @Description, starts_at = @StartsAt, ends_at = @EndsAt, freeze_at = @FreezeAt,
                scoring = @Scoring, join_code = @JoinCode, late_policy = @LatePolicy, late_factor = @LateFactor, late_until = @LateUntil
            where id = @id and starts_at > now()
            """, Parameters(contest, new { id }), transaction, cancellationToken: cancellationToken));
        if (updated == 0) return false;
        await connection.ExecuteAsync(new CommandDefinition("delete from contest_problems where contest_id = @id", new { id }, transaction, cancellationToken: cancellationToken));
        await SetProblemsAsync(connection, transaction, id, contest, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private static DynamicParameters Parameters(ValidContest c, object extra)
    {
        var parameters = new DynamicParameters(extra);
        parameters.AddDynamicParams(new
        {
            c.Title, c.Description, StartsAt = c.StartsAt.UtcDateTime, EndsAt = c.EndsAt.UtcDateTime, FreezeAt = c.FreezeAt?.UtcDateTime,
            Scoring = c.Scoring.ToString(), c.JoinCode, LatePolicy = c.LatePolicy.ToString(), c.LateFactor, LateUntil = c.LateUntil?.UtcDateTime,
        });
        return parameters;
    }

    private static Task SetProblemsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long id, ValidContest contest, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition("""
            insert into contest_problems (contest_id, problem_id, position, points)
            select @id, p.problem_id, p.position, p.points from unnest(@ids, @positions, @points) as p(problem_id, position, points)
            """, new
            {
                id,
                ids = contest.Problems.Select(p => p.ProblemId).ToArray(),
                positions = Enumerable.Range(1, contest.Problems.Count).ToArray(),
                points = contest.Problems.Select(p => p.Points).ToArray(),
            }, transaction, cancellationToken: cancellationToken));

    /// <summary>Moves the end later (never earlier) or closes the contest now.</summary>
    public async Task<bool> AmendAsync(long id, DateTime? endsAt, bool close, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition("""
            update contests set ends_at = greatest(ends_at, coalesce(@endsAt, ends_at)),
                late_until = case when late_until is not null and late_until <= greatest(ends_at, coalesce(@endsAt, ends_at))
                                  then greatest(ends_at, coalesce(@endsAt, ends_at)) + (late_until - ends_at) else late_until end,
                closed = closed or @close
            where id = @id
            """, new { id, endsAt, close }, cancellationToken: cancellationToken)) == 1;
    }

    public async Task<bool> UnfreezeAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition("update contests set unfrozen = true where id = @id", new { id }, cancellationToken: cancellationToken)) == 1;
    }

    public async Task<ContestRow?> GetAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<ContestRow>(new CommandDefinition(
            $"select {Columns} from contests c where c.id = @id", new { id }, cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<(ContestRow Contest, bool Joined, int Participants)>> ListAsync(long viewer, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<ContestRow, bool, int, (ContestRow, bool, int)>(new CommandDefinition($"""
            select {Columns},
                   exists (select 1 from contest_participants p where p.contest_id = c.id and p.user_id = @viewer) as joined,
                   (select count(*)::int from contest_participants p where p.contest_id = c.id) as participants
            from contests c order by c.starts_at desc, c.id desc limit 500
            """, new { viewer }, cancellationToken: cancellationToken), (c, joined, count) => (c, joined, count), splitOn: "joined,participants");
        return rows.AsList();
    }

    public async Task<IReadOnlyList<ContestProblemDto>> ProblemsAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<ContestProblemDto>(new CommandDefinition("""
            select cp.problem_id, p.title, p.title_zh, cp.position, cp.points
            from contest_problems cp join problems p on p.id = cp.problem_id
            where cp.contest_id = @id order by cp.position
            """, new { id }, cancellationToken: cancellationToken))).AsList();
    }

    public async Task<bool> IsParticipantAsync(long id, long userId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            "select exists (select 1 from contest_participants where contest_id = @id and user_id = @userId)", new { id, userId }, cancellationToken: cancellationToken));
    }

    public async Task JoinAsync(long id, long userId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "insert into contest_participants (contest_id, user_id) values (@id, @userId) on conflict do nothing", new { id, userId }, cancellationToken: cancellationToken));
    }

    /// <summary>The submits that count for a contest (optionally of one problem), for a rejudge.</summary>
    public async Task<long[]> SubmissionIdsAsync(long id, string? problemId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<long>(new CommandDefinition(
            "select id from submissions where contest_id = @id and (@problemId::text is null or problem_id = @problemId) order by id",
            new { id, problemId }, cancellationToken: cancellationToken))).ToArray();
    }
}
