using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Dapper;
using MlJudge.Server.Tests.Support;
using static MlJudge.Server.Tests.Contests.ContestClient;

namespace MlJudge.Server.Tests.Contests;

/// <summary>ICPC and points scoring, partial credit, the late factor, the freeze, rejudge and the CSV export.</summary>
[Collection(ServerCollection.Name)]
public sealed class ContestScoringTests(ServerFixture fixture)
{
    private ServerProcess Server => fixture.Server;
    private static DateTimeOffset Now => DateTimeOffset.UtcNow;

    private static (int Passed, int Total) HiddenCounts(JsonObject submission)
    {
        var hidden = submission["tests"]!.AsArray().Where(t => !t!["isSample"]!.GetValue<bool>()).ToList();
        return (hidden.Count(t => t!["verdict"]!.GetValue<string>() == "Accepted"), submission["total"]!.GetValue<int>()
            - submission["tests"]!.AsArray().Count(t => t!["isSample"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task Points_give_partial_credit_from_passed_hidden_tests_and_keep_the_best_submission()
    {
        using var teacher = await InstructorAsync(Server);
        var id = await CreateAsync(teacher, Contest(Now.AddMinutes(-1), Now.AddHours(1), scoring: "Points", problems: [("softmax", 90)]));
        await using var student = await JudgeApiClient.RegisterAsync(Server);
        await JoinAsync(student, id);

        var partial = await student.WaitFinishedAsync((await SubmitAsync(student, id, "softmax", UnstableSoftmax))["id"]!.GetValue<long>());
        var (passed, total) = HiddenCounts(partial);
        Assert.InRange(passed, 1, total - 1);
        var expected = Math.Round(90m * passed / total, 2);
        Assert.Equal(expected, Cell(await BoardAsync(teacher, id), student.Username, "softmax")["points"]!.GetValue<decimal>());

        await student.WaitFinishedAsync((await SubmitAsync(student, id, "softmax", "double[] Softmax(double[] l) => l;"))["id"]!.GetValue<long>());
        Assert.Equal(expected, Row(await BoardAsync(teacher, id), student.Username)["points"]!.GetValue<decimal>());

        await student.WaitFinishedAsync((await SubmitAsync(student, id, "softmax", JudgeApiClient.StableSoftmax))["id"]!.GetValue<long>());
        var board = await BoardAsync(teacher, id);
        Assert.Equal(90m, Row(board, student.Username)["points"]!.GetValue<decimal>());
        Assert.True(Cell(board, student.Username, "softmax")["solved"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_late_submit_counts_with_its_score_multiplied_by_the_late_factor()
    {
        using var teacher = await InstructorAsync(Server);
        var id = await CreateAsync(teacher, Contest(Now.AddHours(-2), Now.AddHours(1), scoring: "Points", latePolicy: "Penalty",
            lateFactor: 0.35m, lateUntil: Now.AddHours(2), problems: [("softmax", 70)]));
        await using var student = await JudgeApiClient.RegisterAsync(Server);
        await JoinAsync(student, id);
        // Moving the end is only allowed later, so end it by shifting the seeded times back instead.
        await using (var db = Server.OpenDatabase())
            await db.ExecuteAsync("update contests set ends_at = now() - interval '1 minute', late_until = now() + interval '1 hour' where id = @id", new { id });

        var created = await SubmitAsync(student, id, "softmax", UnstableSoftmax);
        Assert.True(created["late"]!.GetValue<bool>());
        var (passed, total) = HiddenCounts(await student.WaitFinishedAsync(created["id"]!.GetValue<long>()));
        var expected = Math.Round(70m * passed / total * 0.35m, 2);
        Assert.Equal(expected, Cell(await BoardAsync(teacher, id), student.Username, "softmax")["points"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task Icpc_penalty_is_minutes_from_the_start_to_accepted_plus_20_per_rejected_submit_and_compile_errors_are_free()
    {
        using var teacher = await InstructorAsync(Server);
        var start = Now.AddMinutes(-37);
        var id = await CreateAsync(teacher, Contest(start, Now.AddHours(1)));
        await using var student = await JudgeApiClient.RegisterAsync(Server);
        await JoinAsync(student, id);

        await student.WaitFinishedAsync((await SubmitAsync(student, id, "softmax", UnstableSoftmax))["id"]!.GetValue<long>());
        await student.WaitFinishedAsync((await SubmitAsync(student, id, "softmax", "double[] Softmax(double[] l) { return l }"))["id"]!.GetValue<long>());
        await student.WaitFinishedAsync((await SubmitAsync(student, id, "softmax", UnstableSoftmax))["id"]!.GetValue<long>());
        var accepted = await student.WaitFinishedAsync((await SubmitAsync(student, id, "softmax", JudgeApiClient.StableSoftmax))["id"]!.GetValue<long>());
        await student.WaitFinishedAsync((await SubmitAsync(student, id, "softmax", UnstableSoftmax))["id"]!.GetValue<long>());

        await using var db = Server.OpenDatabase();
        var startsAt = await db.ExecuteScalarAsync<DateTime>("select starts_at from contests where id = @id", new { id });
        var acceptedAt = await db.ExecuteScalarAsync<DateTime>("select created_at from submissions where id = @id", new { id = accepted["id"]!.GetValue<long>() });
        var minutes = (long)Math.Floor((acceptedAt - startsAt).TotalMinutes);
        var row = Row(await BoardAsync(teacher, id), student.Username);
        Assert.Equal(1, row["solved"]!.GetValue<int>());
        Assert.Equal(minutes + 2 * 20, row["penalty"]!.GetValue<long>());
        Assert.Equal(2, Cell(await BoardAsync(teacher, id), student.Username, "softmax")["rejected"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_freeze_shows_others_later_results_as_pending_until_the_instructor_unfreezes()
    {
        using var teacher = await InstructorAsync(Server);
        var id = await CreateAsync(teacher, Contest(Now.AddMinutes(-10), Now.AddHours(1), freeze: Now.AddMinutes(-5)));
        await using var a = await JudgeApiClient.RegisterAsync(Server);
        await using var b = await JudgeApiClient.RegisterAsync(Server);
        await JoinAsync(a, id);
        await JoinAsync(b, id);
        await b.WaitFinishedAsync((await SubmitAsync(b, id, "softmax", JudgeApiClient.StableSoftmax))["id"]!.GetValue<long>());

        var seenByA = Cell(await BoardAsync(a.Http, id), b.Username, "softmax");
        Assert.False(seenByA["solved"]!.GetValue<bool>());
        Assert.Equal(1, seenByA["pending"]!.GetValue<int>());
        Assert.True((await BoardAsync(a.Http, id))["frozen"]!.GetValue<bool>());
        // b sees their own verdict, and the instructor sees everything.
        Assert.True(Cell(await BoardAsync(b.Http, id), b.Username, "softmax")["solved"]!.GetValue<bool>());
        Assert.True(Cell(await BoardAsync(teacher, id), b.Username, "softmax")["solved"]!.GetValue<bool>());

        Assert.Equal(HttpStatusCode.NoContent, (await teacher.PostAsync($"/api/contests/{id}/unfreeze", null)).StatusCode);
        var after = Cell(await BoardAsync(a.Http, id), b.Username, "softmax");
        Assert.True(after["solved"]!.GetValue<bool>());
        Assert.Equal(0, after["pending"]!.GetValue<int>());
    }

    [Fact]
    public async Task Practice_submits_of_a_contest_problem_do_not_touch_the_board()
    {
        using var teacher = await InstructorAsync(Server);
        var id = await CreateAsync(teacher, Contest(Now.AddMinutes(-1), Now.AddHours(1)));
        await using var student = await JudgeApiClient.RegisterAsync(Server);
        await JoinAsync(student, id);
        await student.WaitFinishedAsync(await student.SubmitAsync("softmax", JudgeApiClient.StableSoftmax));
        Assert.Equal(0, Row(await BoardAsync(teacher, id), student.Username)["solved"]!.GetValue<int>());
    }

    [Fact]
    public async Task Rejudging_a_contest_updates_its_board()
    {
        using var teacher = await InstructorAsync(Server);
        var id = await CreateAsync(teacher, Contest(Now.AddMinutes(-1), Now.AddHours(1)));
        await using var student = await JudgeApiClient.RegisterAsync(Server);
        await JoinAsync(student, id);
        var submission = (await SubmitAsync(student, id, "softmax", JudgeApiClient.StableSoftmax))["id"]!.GetValue<long>();
        await student.WaitFinishedAsync(submission);
        // As if judged against a broken folder: the stored verdict is wrong until a rejudge.
        await using (var db = Server.OpenDatabase())
            await db.ExecuteAsync("update submissions set verdict = 'WrongAnswer', hidden_passed = 0 where id = @submission", new { submission });
        Assert.Equal(0, Row(await BoardAsync(teacher, id), student.Username)["solved"]!.GetValue<int>());

        var rejudge = await teacher.PostAsync($"/api/contests/{id}/rejudge?problemId=softmax", null);
        Assert.Equal(HttpStatusCode.Accepted, rejudge.StatusCode);
        Assert.Equal(1, (await rejudge.Content.ReadFromJsonAsync<JsonObject>())!["requeued"]!.GetValue<int>());
        await student.WaitFinishedAsync(submission);
        Assert.Equal(1, Row(await BoardAsync(teacher, id), student.Username)["solved"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_csv_export_is_exact_rfc_4180_with_non_ascii_names()
    {
        using var teacher = await InstructorAsync(Server);
        var id = await CreateAsync(teacher, Contest(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 3, 2, 11, 0, 0, TimeSpan.Zero),
            scoring: "Points", problems: [("softmax", 100), ("iou", 50)]));
        await using var db = Server.OpenDatabase();
        // Seeded directly: fixed times and results make the file byte-exact. Names the API would refuse test the quoting.
        var users = new[] { "zoë, \"the\" first", "=cmd", "小明" };
        foreach (var name in users)
        {
            var user = await db.ExecuteScalarAsync<long>("""
                insert into users (username, username_normalized, username_skeleton, password_hash, role)
                values (@name, lower(@name), 'seeded:' || lower(@name), 'x', 'student') returning id
                """, new { name });
            await db.ExecuteAsync("insert into contest_participants (contest_id, user_id) values (@id, @user)", new { id, user });
        }
        await db.ExecuteAsync("""
            insert into submissions (user_id, problem_id, kind, source, status, verdict, passed, total, contest_id, hidden_passed, hidden_total, created_at, finished_at)
            select u.id, s.problem, 'submit', '', 'Finished', s.verdict, 0, 30, @id, s.passed, 27, s.at::timestamptz, s.at::timestamptz
            from (values ('zoë, "the" first', 'softmax', 'Accepted', 27, '2026-03-02 09:10:00Z'),
                         ('zoë, "the" first', 'iou', 'WrongAnswer', 9, '2026-03-02 09:20:30Z'),
                         ('=cmd', 'softmax', 'WrongAnswer', 18, '2026-03-02 09:05:00Z'),
                         ('小明', 'iou', 'Accepted', 27, '2026-03-02 10:00:00Z'),
                         ('小明', 'softmax', 'WrongAnswer', 26, '2026-03-02 10:30:00Z')) as s(name, problem, verdict, passed, at)
            join users u on u.username = s.name
            """, new { id });

        var response = await teacher.GetAsync($"/api/contests/{id}/export.csv");
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var expected =
            "rank,username,softmax points,softmax time (UTC),iou points,iou time (UTC),total\r\n" +
            "1,小明,96.3,2026-03-02 10:30:00,50,2026-03-02 10:00:00,146.3\r\n" +
            "2,\"zoë, \"\"the\"\" first\",100,2026-03-02 09:10:00,16.67,2026-03-02 09:20:30,116.67\r\n" +
            "3,'=cmd,66.67,2026-03-02 09:05:00,0,,66.67\r\n";
        Assert.Equal(expected, Encoding.UTF8.GetString(bytes[3..]));
    }
}
