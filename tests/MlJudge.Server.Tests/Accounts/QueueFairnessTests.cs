using Dapper;
using MlJudge.Server.Tests.Support;

namespace MlJudge.Server.Tests.Accounts;

/// <summary>Issue 11, item 8: one user's queue of slow submissions never holds more than one judge slot, so others go first.</summary>
public sealed class QueueFairnessTests
{
    // About two seconds of optimized code per submission (the runner compiles everything at full optimization), far
    // longer than the four submits take even on a loaded machine, so the others are all queued while the first is judged.
    private const string SlowSoftmax = """
        double[] Softmax(double[] logits)
        {
            var spin = 0.0;
            for (var i = 0; i < 10_000_000; i++) spin += Math.Sqrt(i) * 1e-30;
            var m = logits.Max();
            var e = logits.Select(z => Math.Exp(z - m) + spin * 0).ToArray();
            var s = e.Sum();
            return e.Select(v => v / s).ToArray();
        }
        """;

    [Fact]
    public async Task A_second_submission_of_a_user_waits_while_another_users_goes_first()
    {
        await using var server = await ServerProcess.StartAsync(workers: 2, submissionsPerMinute: 100);
        await using var busy = await JudgeApiClient.RegisterAsync(server, "busy");
        await using var other = await JudgeApiClient.RegisterAsync(server, "other");
        var busyIds = new List<long>();
        for (var i = 0; i < 3; i++) busyIds.Add(await busy.SubmitAsync("softmax", SlowSoftmax + $"\n// {i}"));
        var otherId = await other.SubmitAsync("softmax", JudgeApiClient.StableSoftmax);
        foreach (var id in busyIds) await busy.WaitFinishedAsync(id, TimeSpan.FromSeconds(180));
        await other.WaitFinishedAsync(otherId, TimeSpan.FromSeconds(180));

        await using var db = server.OpenDatabase();
        var rows = (await db.QueryAsync<(long Id, DateTime StartedAt, DateTime FinishedAt, string Verdict)>(
            "select id, started_at, finished_at, verdict from submissions where id = any(@ids) order by id",
            new { ids = busyIds.Append(otherId).ToArray() })).ToList();
        Assert.All(rows, r => Assert.Equal("Accepted", r.Verdict));
        var mine = rows.Where(r => r.Id != otherId).ToList();
        // Never two of the busy user's submissions judged at once, though two slots were free...
        for (var i = 1; i < mine.Count; i++) Assert.True(mine[i].StartedAt >= mine[i - 1].FinishedAt, $"submission {mine[i].Id} started while {mine[i - 1].Id} was judged");
        // ...and the other user's later submission was judged before the busy user's second.
        Assert.True(rows.Single(r => r.Id == otherId).StartedAt < mine[1].StartedAt, "the other user waited behind the busy user's queue");
    }
}
