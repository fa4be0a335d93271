using System.Diagnostics;
using Dapper;
using Npgsql;

namespace MlJudge.Server.Contests;

/// <summary>
/// `MlJudge.Server --bench-board`: seeds a 500-participant, 10-problem, 20 000-submit contest into the
/// configured database, times the board as a request gets it (the contest row with its board version, the
/// cached board, the JSON) and as it is computed after a change (the cache's miss: the query and the ranking),
/// prints the figures, and removes what it seeded.
/// </summary>
public sealed class ScoreboardBenchmark(NpgsqlDataSource database, ContestStore contests, ScoreboardQuery boards, ScoreboardCache cache)
{
    public const string Flag = "--bench-board";

    /// <summary>Starts the built server (so the database is migrated and the catalog published), runs, stops.</summary>
    public static async Task<int> RunHostedAsync(WebApplication app, TextWriter output, CancellationToken cancellationToken)
    {
        await app.StartAsync(cancellationToken);
        try
        {
            await ActivatorUtilities.CreateInstance<ScoreboardBenchmark>(app.Services).RunAsync(output, cancellationToken);
            return 0;
        }
        finally
        {
            await app.StopAsync(cancellationToken);
        }
    }

    public async Task RunAsync(TextWriter output, CancellationToken cancellationToken,
        int participants = 500, int problemCount = 10, int submits = 20_000, int rounds = 40)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var problems = (await connection.QueryAsync<string>(new CommandDefinition(
            "select id from problems where active order by id limit @problemCount", new { problemCount }, cancellationToken: cancellationToken))).AsList();
        if (problems.Count < problemCount) throw new InvalidOperationException($"the catalog has only {problems.Count} active problems");
        var tag = $"bench-{Guid.NewGuid():N}"[..16];
        var seed = Stopwatch.StartNew();
        var contestId = await connection.ExecuteScalarAsync<long>(new CommandDefinition("""
            with owner as (
                insert into users (username, username_normalized, username_skeleton, password_hash, role)
                values (@tag, @tag, @tag, 'x', 'instructor') returning id),
            contest as (
                insert into contests (title, starts_at, ends_at, freeze_at, scoring, late_policy, created_by)
                select @tag, now() - interval '3 hours', now() + interval '1 hour', now() - interval '1 hour', 'Points', 'None', id from owner returning id),
            users as (
                insert into users (username, username_normalized, username_skeleton, password_hash, role)
                select @tag || '-' || g, @tag || '-' || g, @tag || '-' || g, 'x', 'student' from generate_series(1, @participants) g returning id),
            joined as (insert into contest_participants (contest_id, user_id) select contest.id, users.id from contest, users),
            problem_set as (
                insert into contest_problems (contest_id, problem_id, position, points)
                select contest.id, p.id, p.n, 100 from contest, unnest(@problems::text[]) with ordinality as p(id, n))
            select id from contest
            """, new { tag, participants, problems = problems.ToArray() }, cancellationToken: cancellationToken));
        // Reproducible results spread over every participant's problems: a quarter accepted, the rest partial, over three hours.
        await connection.ExecuteAsync(new CommandDefinition("""
            insert into submissions (user_id, problem_id, kind, source, status, verdict, passed, total, contest_id, hidden_passed, hidden_total, created_at, finished_at)
            select u.id, (@problems::text[])[1 + ((g * 7 + g / @participants) % @problemCount)], 'submit', '', 'Finished',
                   case when g % 4 = 0 then 'Accepted' when g % 17 = 0 then 'CompilationError' else 'WrongAnswer' end,
                   0, 30, @contestId, case when g % 4 = 0 then 27 else g % 27 end, 27,
                   now() - interval '3 hours' + (g % 10800) * interval '1 second', now()
            from generate_series(1, @submits) g
            join lateral (select id from users where username = @tag || '-' || (1 + g % @participants)) u on true
            """, new { tag, problems = problems.ToArray(), problemCount, submits, participants, contestId }, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition("analyze submissions", cancellationToken: cancellationToken));
        output.WriteLine($"seeded {participants} participants, {problemCount} problems, {submits} submits in {seed.Elapsed.TotalSeconds:0.0} s");

        try
        {
            var viewer = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                "select id from users where username = @name", new { name = tag + "-1" }, cancellationToken: cancellationToken));
            var frozenFrom = (await contests.GetAsync(contestId, cancellationToken))!.FrozenFrom;
            // The participant has submits after the freeze: their own row is overlaid live on the shared frozen board.
            var cases = new[] { ("live board (instructor)", (DateTime?)null), ("frozen board (participant, own row live)", frozenFrom) };
            foreach (var (label, cutoff) in cases)
            {
                var served = await TimeAsync(rounds, async () =>
                {
                    var contest = (await contests.GetAsync(contestId, cancellationToken))!;
                    return await cache.GetAsync(contest, viewer, cutoff, cancellationToken);
                });
                var computed = await TimeAsync(rounds / 4, async () =>
                    await boards.ComputeAsync((await contests.GetAsync(contestId, cancellationToken))!, viewer, cutoff, cancellationToken));
                if (served.Json != computed.Json) throw new InvalidOperationException($"{label}: the cached board differs from a computed one");
                output.WriteLine($"{label}: served p50 {served.P50:0.0} ms, p90 {served.P90:0.0} ms, max {served.Max:0.0} ms over {rounds} warm rounds " +
                    $"(target p50 <= 50 ms); after a change (computed) p50 {computed.P50:0.0} ms, p90 {computed.P90:0.0} ms; {served.Json.Length / 1024} KiB of JSON");
            }
        }
        finally
        {
            await connection.ExecuteAsync(new CommandDefinition("""
                delete from submissions where contest_id = @contestId;
                delete from contests where id = @contestId;
                delete from users where username like @pattern;
                """, new { contestId, pattern = tag + "%" }, cancellationToken: cancellationToken));
        }
    }

    private static readonly System.Text.Json.JsonSerializerOptions Json = new(System.Text.Json.JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    /// <summary>Warm rounds of one way to get a board, each timed up to its JSON (what a response body costs).</summary>
    private static async Task<(double P50, double P90, double Max, string Json)> TimeAsync(int rounds, Func<Task<ScoreboardDto>> board)
    {
        for (var i = 0; i < 3; i++) await board(); // warm-up
        var times = new List<double>();
        var json = "";
        for (var i = 0; i < rounds; i++)
        {
            var watch = Stopwatch.StartNew();
            json = System.Text.Json.JsonSerializer.Serialize(await board(), Json);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return (times[times.Count / 2], times[(int)(times.Count * 0.9)], times[^1], json);
    }
}
