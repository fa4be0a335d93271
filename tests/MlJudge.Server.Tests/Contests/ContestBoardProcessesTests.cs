using System.Net;
using Microsoft.AspNetCore.SignalR.Client;
using MlJudge.Server.Tests.Support;
using static MlJudge.Server.Tests.Contests.ContestClient;

namespace MlJudge.Server.Tests.Contests;

/// <summary>
/// Two API servers and a separate worker process on one database: a board cached by one server follows what is
/// written through the other server and by the worker, and its followers get pinged.
/// </summary>
public sealed class ContestBoardProcessesTests
{
    private static DateTimeOffset Now => DateTimeOffset.UtcNow;

    [Fact]
    public async Task A_board_cached_on_one_server_follows_verdicts_rejudges_and_joins_made_elsewhere()
    {
        await using var server = await ServerProcess.StartAsync(workers: 0);
        var other = await server.StartSecondServerAsync();
        using var teacher = await InstructorAsync(server);
        using var teacherThere = new HttpClient { BaseAddress = other, Timeout = TimeSpan.FromSeconds(60) };
        teacherThere.DefaultRequestHeaders.Authorization = teacher.DefaultRequestHeaders.Authorization;
        var id = await CreateAsync(teacher, Contest(Now.AddMinutes(-5), Now.AddHours(1)));
        await using var student = await JudgeApiClient.RegisterAsync(server);
        await JoinAsync(student, id);
        Assert.False(Cell(await BoardAsync(teacherThere, id), student.Username, "softmax")["solved"]!.GetValue<bool>());

        var log = new JudgeEventLog();
        await using var hub = new HubConnectionBuilder()
            .WithUrl(new Uri(other, "/hubs/judge"), o => o.AccessTokenProvider = () => Task.FromResult(teacher.DefaultRequestHeaders.Authorization!.Parameter))
            .Build();
        hub.On<long>("ContestChanged", contest => log.Add($"changed {contest}"));
        await hub.StartAsync();
        await hub.InvokeAsync("SubscribeContest", id);

        // A verdict written by a worker process.
        var worker = server.StartWorker();
        var submission = await SubmitAsync(student, id, "softmax", JudgeApiClient.StableSoftmax);
        await student.WaitFinishedAsync(submission["id"]!.GetValue<long>(), TimeSpan.FromSeconds(120));
        var judged = Cell(await BoardAsync(teacherThere, id), student.Username, "softmax");
        Assert.True(judged["solved"]!.GetValue<bool>());
        await log.WaitForAsync(t => t == $"changed {id}");

        // A rejudge requested through the first server, with no worker to judge it again yet.
        await ServerProcess.StopAsync(worker);
        Assert.Equal(HttpStatusCode.Accepted, (await teacher.PostAsync($"/api/contests/{id}/rejudge", null)).StatusCode);
        var requeued = Cell(await BoardAsync(teacherThere, id), student.Username, "softmax");
        Assert.Equal((false, 1), (requeued["solved"]!.GetValue<bool>(), requeued["pending"]!.GetValue<int>()));

        // A join through the first server: a new row on the second, and a ping to the second's followers.
        var pings = log.Texts.Count;
        await using var late = await JudgeApiClient.RegisterAsync(server);
        await JoinAsync(late, id);
        Assert.Contains((await BoardAsync(teacherThere, id))["rows"]!.AsArray(), r => r!["username"]!.GetValue<string>() == late.Username);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (log.Texts.Count == pings && DateTime.UtcNow < deadline) await Task.Delay(50);
        Assert.True(log.Texts.Count > pings, "the second server's follower was not pinged about the join");
    }
}
