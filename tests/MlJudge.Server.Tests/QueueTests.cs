using System.Diagnostics;
using Dapper;
using MlJudge.Server.Tests.Support;

namespace MlJudge.Server.Tests;

/// <summary>The PostgreSQL queue with separate worker processes: each test runs its own server with no in-process workers.</summary>
public sealed class QueueTests
{
    [Fact]
    public async Task Two_workers_never_judge_the_same_submission()
    {
        await using var server = await ServerProcess.StartAsync(workers: 0, submissionsPerMinute: 100);
        server.StartWorker();
        server.StartWorker();
        // Two users: a user has at most one submission judged at a time (the queue's fairness rule), so one user could not keep both workers busy.
        await using var user = await JudgeApiClient.RegisterAsync(server);
        await using var second = await JudgeApiClient.RegisterAsync(server);
        // Slow enough (about a second each) that both workers are up and busy long before the queue drains.
        const string slowSoftmax = """
            double[] Softmax(double[] logits)
            {
                var spin = 0.0;
                for (var i = 0; i < 3_000_000; i++) spin += Math.Sqrt(i) * 1e-30;
                var m = logits.Max();
                var e = logits.Select(z => Math.Exp(z - m) + spin * 0).ToArray();
                var s = e.Sum();
                return e.Select(v => v / s).ToArray();
            }
            """;
        var ids = new List<long>();
        for (var i = 0; i < 12; i++) ids.Add(await (i % 2 == 0 ? user : second).SubmitAsync("softmax", slowSoftmax + $"\n// {i}"));
        for (var i = 0; i < 12; i++)
            Assert.Equal("Accepted", (await (i % 2 == 0 ? user : second).WaitFinishedAsync(ids[i], TimeSpan.FromSeconds(120)))["verdict"]!.GetValue<string>());

        await using var db = server.OpenDatabase();
        var rows = (await db.QueryAsync<(long Id, int Attempts, string Worker, int Results, string? ProblemHash)>("""
            select s.id, s.attempts, s.worker, (select count(*)::int from test_results t where t.submission_id = s.id), s.problem_hash
            from submissions s where s.id = any(@ids)
            """, new { ids = ids.ToArray() })).ToList();
        Assert.All(rows, r => Assert.Equal(1, r.Attempts));
        // Every result is stored, the last batch with the verdict, and the first status write recorded the problem's version.
        Assert.All(rows, r => Assert.Equal(30, r.Results));
        Assert.All(rows, r => Assert.False(string.IsNullOrEmpty(r.ProblemHash)));
        // Both workers took part.
        Assert.Equal(2, rows.Select(r => r.Worker.Split('/')[0]).Distinct().Count());
    }

    [Fact]
    public async Task A_submission_whose_worker_is_killed_mid_judging_is_retried_and_finished_once()
    {
        await using var server = await ServerProcess.StartAsync(workers: 0, leaseSeconds: 3);
        var doomed = server.StartWorker(leaseSeconds: 3);
        await using var user = await JudgeApiClient.RegisterAsync(server);
        var quadratic = await File.ReadAllTextAsync(Path.Combine(ServerProcess.RepositoryRoot(), "problems", "trapping-rain-water", "solutions", "time_limit_exceeded", "quadratic_scan.cs"));
        var id = await user.SubmitAsync("trapping-rain-water", quadratic);

        var deadline = DateTime.UtcNow.AddSeconds(60);
        while ((await user.GetSubmissionAsync(id))["status"]!.GetValue<string>() != "Running")
        {
            Assert.True(DateTime.UtcNow < deadline, "the worker never started judging");
            await Task.Delay(50);
        }
        doomed.Kill(entireProcessTree: true);
        server.StartWorker(leaseSeconds: 3);

        var finished = await user.WaitFinishedAsync(id, TimeSpan.FromSeconds(90));
        Assert.Equal("TimeLimitExceeded", finished["verdict"]!.GetValue<string>());
        await using var db = server.OpenDatabase();
        Assert.Equal(2, await db.ExecuteScalarAsync<int>("select attempts from submissions where id = @id", new { id }));
        var indexes = (await db.QueryAsync<int>("select index from test_results where submission_id = @id order by index", new { id })).ToList();
        Assert.Equal(Enumerable.Range(0, indexes.Count), indexes);
        Assert.Equal(finished["tests"]!.AsArray().Count, indexes.Count);
    }
}
