using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using MlJudge.Server.Tests.Support;
using static MlJudge.Server.Tests.Contests.ContestClient;

namespace MlJudge.Server.Tests.Contests;

/// <summary>The board over SignalR: the current board on subscribing, a ping on every change.</summary>
[Collection(ServerCollection.Name)]
public sealed class ContestLiveTests(ServerFixture fixture)
{
    private ServerProcess Server => fixture.Server;

    private static async Task<(HubConnection Hub, JudgeEventLog Log)> FollowAsync(ServerProcess server, JudgeApiClient user, long contest)
    {
        var log = new JudgeEventLog();
        var hub = new HubConnectionBuilder()
            .WithUrl(new Uri(server.BaseAddress, "/hubs/judge"), o => o.AccessTokenProvider = () => Task.FromResult<string?>(user.Token))
            .Build();
        hub.On<long>("ContestChanged", id => log.Add($"changed {id}"));
        hub.On<long, JsonElement>("ContestBoard", (id, board) => log.Add($"board {id}", board));
        await hub.StartAsync();
        await hub.InvokeAsync("SubscribeContest", contest);
        return (hub, log);
    }

    private static bool Solved(JsonElement board, string username) => board.GetProperty("rows").EnumerateArray()
        .Single(r => r.GetProperty("username").GetString() == username).GetProperty("solved").GetInt32() == 1;

    [Fact]
    public async Task Another_participants_accepted_moves_the_board_live_and_during_a_freeze_shows_as_pending()
    {
        using var teacher = await InstructorAsync(Server);
        var open = await CreateAsync(teacher, Contest(DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddHours(1)));
        var frozen = await CreateAsync(teacher, Contest(DateTimeOffset.UtcNow.AddMinutes(-10), DateTimeOffset.UtcNow.AddHours(1), freeze: DateTimeOffset.UtcNow.AddMinutes(-1)));
        await using var first = await JudgeApiClient.RegisterAsync(Server);
        await using var second = await JudgeApiClient.RegisterAsync(Server);
        foreach (var c in new[] { open, frozen })
        {
            await JoinAsync(first, c);
            await JoinAsync(second, c);
        }

        var (hub, log) = await FollowAsync(Server, first, open);
        await using (hub)
        {
            // Subscribing replays the board as it is now.
            await log.WaitForAsync(t => t == $"board {open}");
            Assert.False(Solved(log.Payloads[0], second.Username));
            await second.WaitFinishedAsync((await SubmitAsync(second, open, "softmax", JudgeApiClient.StableSoftmax))["id"]!.GetValue<long>());
            await log.WaitForAsync(t => t == $"changed {open}");
            Assert.True(Cell(await BoardAsync(first.Http, open), second.Username, "softmax")["solved"]!.GetValue<bool>());
        }

        var (frozenHub, frozenLog) = await FollowAsync(Server, first, frozen);
        await using (frozenHub)
        {
            await frozenLog.WaitForAsync(t => t == $"board {frozen}");
            await second.WaitFinishedAsync((await SubmitAsync(second, frozen, "softmax", JudgeApiClient.StableSoftmax))["id"]!.GetValue<long>());
            await frozenLog.WaitForAsync(t => t == $"changed {frozen}");
            var cell = Cell(await BoardAsync(first.Http, frozen), second.Username, "softmax");
            Assert.False(cell["solved"]!.GetValue<bool>());
            Assert.Equal(1, cell["pending"]!.GetValue<int>());
        }
    }
}
