using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MlJudge.Server.Tests.Support;
using static MlJudge.Server.Tests.Contests.ContestClient;

namespace MlJudge.Server.Tests.Contests;

/// <summary>Who may do what, and when: the window, join codes, instructor-only management.</summary>
[Collection(ServerCollection.Name)]
public sealed class ContestWindowTests(ServerFixture fixture)
{
    private ServerProcess Server => fixture.Server;
    private static DateTimeOffset Now => DateTimeOffset.UtcNow;

    [Fact]
    public async Task Before_the_start_the_problem_set_is_hidden_and_a_submit_is_refused_with_a_problem_document()
    {
        using var teacher = await InstructorAsync(Server);
        var id = await CreateAsync(teacher, Contest(Now.AddHours(1), Now.AddHours(3)));
        await using var student = await JudgeApiClient.RegisterAsync(Server);
        await JoinAsync(student, id);

        var detail = (await student.Http.GetFromJsonAsync<JsonObject>($"/api/contests/{id}"))!;
        Assert.Equal("Upcoming", detail["phase"]!.GetValue<string>());
        Assert.Empty(detail["problems"]!.AsArray());
        Assert.Equal(HttpStatusCode.Forbidden, (await student.Http.GetAsync($"/api/contests/{id}/problems")).StatusCode);

        var refused = await student.Http.PostAsJsonAsync("/api/submissions", new { problemId = "softmax", source = JudgeApiClient.StableSoftmax, contestId = id });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Contains("not started", (await refused.Content.ReadFromJsonAsync<JsonObject>())!["title"]!.GetValue<string>());
        // The instructor sees the problem set all along.
        Assert.Equal(2, (await teacher.GetFromJsonAsync<JsonObject>($"/api/contests/{id}"))!["problems"]!.AsArray().Count);
    }

    [Fact]
    public async Task After_the_end_a_submit_is_practice_and_leaves_the_board_unchanged()
    {
        using var teacher = await InstructorAsync(Server);
        var id = await CreateAsync(teacher, Contest(Now.AddHours(-2), Now.AddHours(1)));
        await using var student = await JudgeApiClient.RegisterAsync(Server);
        await JoinAsync(student, id);
        // Close it now: from here on its problems are practice.
        Assert.Equal(HttpStatusCode.NoContent, (await teacher.PatchAsJsonAsync($"/api/contests/{id}", new { close = true })).StatusCode);

        var created = await SubmitAsync(student, id, "softmax", JudgeApiClient.StableSoftmax);
        Assert.Null(created["contestId"]);
        await student.WaitFinishedAsync(created["id"]!.GetValue<long>());
        var board = await BoardAsync(teacher, id);
        Assert.Equal(0, Row(board, student.Username)["solved"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_code_protected_contest_needs_its_code_and_hides_its_problems_from_non_participants()
    {
        using var teacher = await InstructorAsync(Server);
        var id = await CreateAsync(teacher, Contest(Now.AddMinutes(-5), Now.AddHours(1), code: "ml-2026"));
        await using var outsider = await JudgeApiClient.RegisterAsync(Server);

        Assert.Empty((await outsider.Http.GetFromJsonAsync<JsonObject>($"/api/contests/{id}"))!["problems"]!.AsArray());
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Http.GetAsync($"/api/contests/{id}/problems")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Http.GetAsync($"/api/contests/{id}/scoreboard")).StatusCode);
        var wrong = await outsider.Http.PostAsJsonAsync($"/api/contests/{id}/join", new { code = "ml-2025" });
        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
        Assert.Equal("application/problem+json", wrong.Content.Headers.ContentType?.MediaType);
        var notJoined = await outsider.Http.PostAsJsonAsync("/api/submissions", new { problemId = "softmax", source = JudgeApiClient.StableSoftmax, contestId = id });
        Assert.Equal(HttpStatusCode.NotFound, notJoined.StatusCode);

        await JoinAsync(outsider, id, "ml-2026");
        Assert.Equal(2, (await outsider.Http.GetFromJsonAsync<JsonArray>($"/api/contests/{id}/problems"))!.Count);
        // Only instructors see the code itself.
        Assert.Null((await outsider.Http.GetFromJsonAsync<JsonObject>($"/api/contests/{id}"))!["joinCode"]);
        Assert.Equal("ml-2026", (await teacher.GetFromJsonAsync<JsonObject>($"/api/contests/{id}"))!["joinCode"]!.GetValue<string>());
    }

    [Fact]
    public async Task Students_cannot_create_edit_export_unfreeze_or_rejudge()
    {
        using var teacher = await InstructorAsync(Server);
        var id = await CreateAsync(teacher, Contest(Now.AddHours(1), Now.AddHours(2)));
        await using var student = await JudgeApiClient.RegisterAsync(Server);
        var contest = Contest(Now.AddHours(1), Now.AddHours(2));
        Assert.Equal(HttpStatusCode.Forbidden, (await student.Http.PostAsJsonAsync("/api/contests", contest)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await student.Http.PutAsJsonAsync($"/api/contests/{id}", contest)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await student.Http.PatchAsJsonAsync($"/api/contests/{id}", new { close = true })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await student.Http.GetAsync($"/api/contests/{id}/export.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await student.Http.PostAsync($"/api/contests/{id}/unfreeze", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await student.Http.PostAsync($"/api/contests/{id}/rejudge", null)).StatusCode);
    }

    [Fact]
    public async Task A_contest_can_be_edited_until_it_starts_and_afterwards_only_extended_or_closed()
    {
        using var teacher = await InstructorAsync(Server);
        var upcoming = await CreateAsync(teacher, Contest(Now.AddHours(1), Now.AddHours(2)));
        Assert.Equal(HttpStatusCode.NoContent,
            (await teacher.PutAsJsonAsync($"/api/contests/{upcoming}", Contest(Now.AddHours(1), Now.AddHours(4), problems: [("iou", 10)]))).StatusCode);
        Assert.Single((await teacher.GetFromJsonAsync<JsonObject>($"/api/contests/{upcoming}"))!["problems"]!.AsArray());

        var running = await CreateAsync(teacher, Contest(Now.AddMinutes(-1), Now.AddHours(1)));
        var edit = await teacher.PutAsJsonAsync($"/api/contests/{running}", Contest(Now.AddMinutes(-1), Now.AddHours(1), problems: [("iou", 10)]));
        Assert.Equal(HttpStatusCode.Conflict, edit.StatusCode);
        Assert.Equal("application/problem+json", edit.Content.Headers.ContentType?.MediaType);
        var earlier = await teacher.PatchAsJsonAsync($"/api/contests/{running}", new { endsAt = Now.AddMinutes(30) });
        Assert.Equal(HttpStatusCode.BadRequest, earlier.StatusCode);
        var later = Now.AddHours(5);
        Assert.Equal(HttpStatusCode.NoContent, (await teacher.PatchAsJsonAsync($"/api/contests/{running}", new { endsAt = later })).StatusCode);
        var ends = (await teacher.GetFromJsonAsync<JsonObject>($"/api/contests/{running}"))!["endsAt"]!.GetValue<DateTimeOffset>();
        Assert.True(Math.Abs((ends - later).TotalSeconds) < 1);
    }

    [Theory]
    [InlineData("""{"title":"","problems":[{"problemId":"softmax","points":10}],"startsAt":"2026-01-01T00:00:00Z","endsAt":"2026-01-02T00:00:00Z"}""", "title")]
    [InlineData("""{"title":"t","problems":[{"problemId":"no-such","points":10}],"startsAt":"2026-01-01T00:00:00Z","endsAt":"2026-01-02T00:00:00Z"}""", "problems[0].problemId")]
    [InlineData("""{"title":"t","problems":[{"problemId":"softmax","points":0}],"startsAt":"2026-01-01T00:00:00Z","endsAt":"2026-01-02T00:00:00Z"}""", "problems[0].points")]
    [InlineData("""{"title":"t","problems":[{"problemId":"softmax","points":1}],"startsAt":"2026-01-02T00:00:00Z","endsAt":"2026-01-01T00:00:00Z"}""", "endsAt")]
    [InlineData("""{"title":"t","problems":[{"problemId":"softmax","points":1}],"startsAt":"2026-01-01T00:00:00Z","endsAt":"2026-01-02T00:00:00Z","freezeAt":"2026-01-03T00:00:00Z"}""", "freezeAt")]
    [InlineData("""{"title":"t","problems":[{"problemId":"softmax","points":1}],"startsAt":"2026-01-01T00:00:00Z","endsAt":"2026-01-02T00:00:00Z","latePolicy":"Penalty","lateFactor":0.5,"lateUntil":"2026-01-03T00:00:00Z"}""", "latePolicy")]
    [InlineData("""{"title":"t","problems":[{"problemId":"softmax","points":1}],"startsAt":"2026-01-01T00:00:00Z","endsAt":"2026-01-02T00:00:00Z","scoring":"Points","latePolicy":"Penalty","lateFactor":1.5,"lateUntil":"2026-01-03T00:00:00Z"}""", "lateFactor")]
    public async Task A_broken_contest_is_refused_with_a_validation_problem_naming_the_field(string json, string field)
    {
        using var teacher = await InstructorAsync(Server);
        var response = await teacher.PostAsync("/api/contests", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.True(problem["errors"]!.AsObject().ContainsKey(field), problem.ToJsonString());
    }

    [Fact]
    public async Task Students_see_only_their_own_contest_submissions_and_never_any_source()
    {
        using var teacher = await InstructorAsync(Server);
        var id = await CreateAsync(teacher, Contest(Now.AddMinutes(-1), Now.AddHours(1)));
        await using var a = await JudgeApiClient.RegisterAsync(Server);
        await using var b = await JudgeApiClient.RegisterAsync(Server);
        await JoinAsync(a, id);
        await JoinAsync(b, id);
        await SubmitAsync(a, id, "softmax", JudgeApiClient.StableSoftmax);
        await SubmitAsync(b, id, "softmax", JudgeApiClient.StableSoftmax);

        var mine = (await a.Http.GetFromJsonAsync<JsonArray>($"/api/contests/{id}/submissions"))!;
        Assert.All(mine, s => Assert.Equal(a.Username, s!["username"]!.GetValue<string>()));
        var all = (await teacher.GetFromJsonAsync<JsonArray>($"/api/contests/{id}/submissions"))!;
        Assert.Equal(2, all.Count);
        Assert.All(all, s => Assert.Null(s!["source"]));
    }
}
