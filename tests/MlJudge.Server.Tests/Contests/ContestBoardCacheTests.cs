using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dapper;
using MlJudge.Server.Tests.Support;
using static MlJudge.Server.Tests.Contests.ContestClient;

namespace MlJudge.Server.Tests.Contests;

/// <summary>
/// Boards are served from a cache: each test reads a board first (so the server holds it), then makes one kind of
/// change and reads again. A change that did not invalidate the cached board would leave the first answer.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class ContestBoardCacheTests(ServerFixture fixture)
{
    private ServerProcess Server => fixture.Server;
    private static DateTimeOffset Now => DateTimeOffset.UtcNow;

    private static long Id(JsonObject created) => created["id"]!.GetValue<long>();

    private static int Int(JsonObject cell, string name) => cell[name]!.GetValue<int>();

    private static bool Solved(JsonObject cell) => cell["solved"]!.GetValue<bool>();

    [Fact]
    public async Task A_submit_and_then_its_verdict_each_change_a_board_read_before_them()
    {
        using var teacher = await InstructorAsync(Server);
        var id = await CreateAsync(teacher, Contest(Now.AddMinutes(-5), Now.AddHours(1)));
        await using var student = await JudgeApiClient.RegisterAsync(Server);
        await JoinAsync(student, id);
        var before = Cell(await BoardAsync(teacher, id), student.Username, "softmax");
        Assert.Equal((0, false), (Int(before, "pending"), Solved(before)));

        var created = await SubmitAsync(student, id, "softmax", JudgeApiClient.StableSoftmax);
        // Queued, or already judged: either way no longer the empty cell read before.
        var queued = Cell(await BoardAsync(teacher, id), student.Username, "softmax");
        Assert.True(Int(queued, "pending") == 1 || Solved(queued));

        await student.WaitFinishedAsync(Id(created));
        var judged = Cell(await BoardAsync(teacher, id), student.Username, "softmax");
        Assert.Equal((0, true), (Int(judged, "pending"), Solved(judged)));
    }

    [Fact]
    public async Task Replacing_an_upcoming_contests_problem_set_changes_a_board_read_before_it()
    {
        using var teacher = await InstructorAsync(Server);
        var id = await CreateAsync(teacher, Contest(Now.AddHours(1), Now.AddHours(3)));
        Assert.Equal(100, (await BoardAsync(teacher, id))["problems"]![0]!["points"]!.GetValue<int>());

        var replaced = await teacher.PutAsJsonAsync($"/api/contests/{id}", Contest(Now.AddHours(1), Now.AddHours(3), scoring: "Points", problems: [("iou", 60)]));
        Assert.Equal(HttpStatusCode.NoContent, replaced.StatusCode);
        var board = await BoardAsync(teacher, id);
        Assert.Equal("Points", board["scoring"]!.GetValue<string>());
        var problem = Assert.Single(board["problems"]!.AsArray())!;
        Assert.Equal(("iou", 60), (problem["problemId"]!.GetValue<string>(), problem["points"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Points_changed_in_the_database_by_any_writer_rescore_a_board_read_before()
    {
        using var teacher = await InstructorAsync(Server);
        var id = await CreateAsync(teacher, Contest(Now.AddMinutes(-5), Now.AddHours(1), scoring: "Points", problems: [("softmax", 90)]));
        await using var student = await JudgeApiClient.RegisterAsync(Server);
        await JoinAsync(student, id);
        await student.WaitFinishedAsync(Id(await SubmitAsync(student, id, "softmax", JudgeApiClient.StableSoftmax)));
        Assert.Equal(90m, Row(await BoardAsync(teacher, id), student.Username)["points"]!.GetValue<decimal>());

        // Not through the API: the board version moves with the table, whoever writes it.
        await using (var db = Server.OpenDatabase())
            await db.ExecuteAsync("update contest_problems set points = 40 where contest_id = @id", new { id });
        Assert.Equal(40m, Row(await BoardAsync(teacher, id), student.Username)["points"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task A_join_adds_a_row_to_a_board_read_before_it()
    {
        using var teacher = await InstructorAsync(Server);
        var id = await CreateAsync(teacher, Contest(Now.AddMinutes(-5), Now.AddHours(1)));
        await using var first = await JudgeApiClient.RegisterAsync(Server);
        await JoinAsync(first, id);
        Assert.Single((await BoardAsync(first.Http, id))["rows"]!.AsArray());

        await using var second = await JudgeApiClient.RegisterAsync(Server);
        await JoinAsync(second, id);
        Assert.Equal(0, Int(Cell(await BoardAsync(first.Http, id), second.Username, "softmax"), "pending"));
        Assert.Equal(2, (await BoardAsync(teacher, id))["rows"]!.AsArray().Count);
    }

    [Fact]
    public async Task Unfreezing_shows_the_hidden_results_on_a_board_read_before_it()
    {
        using var teacher = await InstructorAsync(Server);
        var id = await CreateAsync(teacher, Contest(Now.AddMinutes(-10), Now.AddHours(1), freeze: Now.AddMinutes(-1)));
        await using var first = await JudgeApiClient.RegisterAsync(Server);
        await using var second = await JudgeApiClient.RegisterAsync(Server);
        await JoinAsync(first, id);
        await JoinAsync(second, id);
        await second.WaitFinishedAsync(Id(await SubmitAsync(second, id, "softmax", JudgeApiClient.StableSoftmax)));
        var hidden = Cell(await BoardAsync(first.Http, id), second.Username, "softmax");
        Assert.Equal((1, false), (Int(hidden, "pending"), Solved(hidden)));

        Assert.Equal(HttpStatusCode.NoContent, (await teacher.PostAsync($"/api/contests/{id}/unfreeze", null)).StatusCode);
        var board = await BoardAsync(first.Http, id);
        Assert.False(board["frozen"]!.GetValue<bool>());
        Assert.True(Solved(Cell(board, second.Username, "softmax")));
    }

    [Fact]
    public async Task Once_the_freeze_time_passes_others_new_results_turn_pending_while_each_participant_sees_their_own()
    {
        using var teacher = await InstructorAsync(Server);
        var freeze = Now.AddSeconds(8);
        var id = await CreateAsync(teacher, Contest(Now.AddMinutes(-10), Now.AddHours(1), freeze: freeze));
        await using var first = await JudgeApiClient.RegisterAsync(Server);
        await using var second = await JudgeApiClient.RegisterAsync(Server);
        await JoinAsync(first, id);
        await JoinAsync(second, id);
        var early = await SubmitAsync(second, id, "softmax", UnstableSoftmax);
        Assert.True(Now < freeze, "the first submit must be stored before the freeze");
        await second.WaitFinishedAsync(Id(early));
        var before = Cell(await BoardAsync(first.Http, id), second.Username, "softmax");
        Assert.Equal((1, 0), (Int(before, "rejected"), Int(before, "pending")));

        var wait = freeze - Now + TimeSpan.FromSeconds(1);
        if (wait > TimeSpan.Zero) await Task.Delay(wait);
        await second.WaitFinishedAsync(Id(await SubmitAsync(second, id, "softmax", JudgeApiClient.StableSoftmax)));

        var othersView = Cell(await BoardAsync(first.Http, id), second.Username, "softmax");
        Assert.Equal((1, 1, false), (Int(othersView, "rejected"), Int(othersView, "pending"), Solved(othersView)));
        Assert.True(Solved(Cell(await BoardAsync(second.Http, id), second.Username, "softmax")));
        Assert.True(Solved(Cell(await BoardAsync(teacher, id), second.Username, "softmax")));
        // The shared frozen board is still what the first participant gets after the second one's own view.
        Assert.False(Solved(Cell(await BoardAsync(first.Http, id), second.Username, "softmax")));
    }
}
