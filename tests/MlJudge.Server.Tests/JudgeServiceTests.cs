using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dapper;
using Microsoft.AspNetCore.SignalR.Client;
using MlJudge.Server.Tests.Support;

namespace MlJudge.Server.Tests;

[Collection(ServerCollection.Name)]
public sealed class JudgeServiceTests(ServerFixture fixture)
{
    private ServerProcess Server => fixture.Server;

    [Fact]
    public async Task Submitting_streams_status_every_test_in_order_and_the_verdict_and_stores_the_rows()
    {
        await using var alice = await JudgeApiClient.RegisterAsync(Server);
        var log = new JudgeEventLog();
        await using var hub = await alice.ConnectHubAsync(log);

        var id = await alice.SubmitAsync("softmax", JudgeApiClient.StableSoftmax);
        await hub.InvokeAsync("Subscribe", id);
        await log.WaitForAsync(e => e == $"verdict {id} Accepted");

        var tests = log.Texts.Where(e => e.StartsWith($"test {id} ")).Distinct().ToList();
        Assert.Equal(30, tests.Count);
        Assert.Equal(Enumerable.Range(0, 30).Select(i => $"test {id} {i} Accepted"), tests);
        Assert.Contains($"status {id} Running", log.Texts);
        // The verdict comes after every test.
        Assert.True(log.Texts.IndexOf($"verdict {id} Accepted") > log.Texts.LastIndexOf(tests[^1]));

        var stored = await alice.GetSubmissionAsync(id);
        Assert.Equal("Accepted", stored["verdict"]!.GetValue<string>());
        Assert.Equal(30, stored["passed"]!.GetValue<int>());
        await using var db = Server.OpenDatabase();
        Assert.Equal(30, await db.ExecuteScalarAsync<int>("select count(*) from test_results where submission_id = @id", new { id }));
        Assert.Equal(1, await db.ExecuteScalarAsync<int>("select attempts from submissions where id = @id", new { id }));
        Assert.StartsWith("bubblewrap", await db.ExecuteScalarAsync<string>("select isolation from submissions where id = @id", new { id }));
    }

    [Fact]
    public async Task A_late_subscriber_receives_everything_so_far()
    {
        await using var bob = await JudgeApiClient.RegisterAsync(Server);
        var id = await bob.SubmitAsync("iou", "double IoU(double[] a, double[] b) => 0;");
        await bob.WaitFinishedAsync(id);

        var log = new JudgeEventLog();
        await using var hub = await bob.ConnectHubAsync(log);
        await hub.InvokeAsync("Subscribe", id);
        await log.WaitForAsync(e => e == $"verdict {id} WrongAnswer");
        Assert.Equal($"status {id} Finished", log.Texts[0]);
        Assert.Contains($"test {id} 0 WrongAnswer", log.Texts);
    }

    [Fact]
    public async Task Hidden_test_vectors_never_appear_in_any_response()
    {
        await using var carol = await JudgeApiClient.RegisterAsync(Server);
        var hiddenFolder = Path.Combine(ServerProcess.RepositoryRoot(), "problems", "softmax", "tests", "hidden");
        var hiddenVectors = Directory.GetFiles(hiddenFolder).Select(f => JsonNode.Parse(File.ReadAllText(f))!)
            .SelectMany(t => new[] { t["args"]!["logits"]!.ToJsonString(), t["expected"]!.ToJsonString() })
            .Where(v => v.Length > 12).ToList();

        var log = new JudgeEventLog();
        await using var hub = await carol.ConnectHubAsync(log);
        // A submission that fails every hidden test and echoes its input every way it can.
        var id = await carol.SubmitAsync("softmax", """
            double[] Softmax(double[] logits)
            {
                Console.WriteLine(string.Join(",", logits));
                if (logits.Length > 3) throw new Exception(string.Join(",", logits));
                return logits;
            }
            """);
        await hub.InvokeAsync("Subscribe", id);
        await carol.WaitFinishedAsync(id);
        await log.WaitForAsync(e => e.StartsWith($"verdict {id}"));

        var responses = new List<string>
        {
            await carol.Http.GetStringAsync("/api/problems"),
            await carol.Http.GetStringAsync("/api/problems/softmax"),
            await carol.Http.GetStringAsync($"/api/submissions/{id}"),
            await carol.Http.GetStringAsync("/api/submissions?mine=true"),
        };
        responses.AddRange(log.Payloads.Select(p => p.GetRawText()));
        foreach (var vector in hiddenVectors)
            Assert.All(responses, r => Assert.DoesNotContain(vector, r));
        // Which elements of a hidden result are wrong is chosen by the submission: never stored, never sent.
        var hiddenResults = JsonNode.Parse(responses[2])!["tests"]!.AsArray().Where(t => !t!["isSample"]!.GetValue<bool>()).ToList();
        Assert.Contains(hiddenResults, t => t!["verdict"]!.GetValue<string>() == "WrongAnswer");
        Assert.All(hiddenResults, t => Assert.Null(t!["mismatches"]));
        var hiddenEvents = log.Payloads.Where(p => p.TryGetProperty("isSample", out var sample) && !sample.GetBoolean()).ToList();
        Assert.NotEmpty(hiddenEvents);
        Assert.All(hiddenEvents, p => Assert.Equal(JsonValueKind.Null, p.GetProperty("mismatches").ValueKind));
        await using (var db = Server.OpenDatabase())
            Assert.Equal(0, await db.ExecuteScalarAsync<int>("select count(*) from test_results where submission_id = @id and not is_sample and mismatches is not null", new { id }));
        var detail = JsonNode.Parse(responses[1])!;
        Assert.Equal(3, detail["samples"]!.AsArray().Count);
        Assert.True(detail["hiddenTestCount"]!.GetValue<int>() >= 25);
    }

    [Fact]
    public async Task A_run_judges_the_samples_only_and_returns_got_and_expected()
    {
        await using var dave = await JudgeApiClient.RegisterAsync(Server);
        var id = await dave.SubmitAsync("softmax", "double[] Softmax(double[] logits) => logits.Select(_ => 1.0 / logits.Length).ToArray();", kind: "runs");
        var run = await dave.WaitFinishedAsync(id);
        Assert.Equal("run", run["kind"]!.GetValue<string>());
        var tests = run["tests"]!.AsArray();
        Assert.Equal(3, tests.Count);
        Assert.All(tests, t => Assert.True(t!["isSample"]!.GetValue<bool>()));
        var first = tests[0]!;
        Assert.Equal("WrongAnswer", first["verdict"]!.GetValue<string>());
        Assert.NotNull(first["expected"]);
        Assert.NotNull(first["got"]);
        Assert.NotNull(first["input"]);
        // Every element of [1/3, 1/3, 1/3] is outside softmax's tolerance of [0.09, 0.24, 0.67]; the other samples pass.
        Assert.Equal("[[0],[1],[2]]", first["mismatches"]!["got"]!.ToJsonString());
        Assert.Equal("[[0],[1],[2]]", first["mismatches"]!["expected"]!.ToJsonString());
        Assert.Null(tests[1]!["mismatches"]);
        // Runs never count on the leaderboard.
        var standings = await dave.Http.GetFromJsonAsync<JsonArray>("/api/leaderboard");
        Assert.DoesNotContain(standings!, s => s!["username"]!.GetValue<string>() == dave.Username);
    }

    [Fact]
    public async Task The_leaderboard_ranks_by_solved_then_penalty_and_announces_changes()
    {
        await using var fast = await JudgeApiClient.RegisterAsync(Server, "fast");
        await using var slow = await JudgeApiClient.RegisterAsync(Server, "slow");
        var watcher = new JudgeEventLog();
        await using var hub = await fast.ConnectHubAsync(watcher);
        await hub.InvokeAsync("SubscribeLeaderboard");

        await fast.WaitFinishedAsync(await fast.SubmitAsync("softmax", JudgeApiClient.StableSoftmax));
        await slow.WaitFinishedAsync(await slow.SubmitAsync("softmax", "double[] Softmax(double[] logits) => logits;"));
        await slow.WaitFinishedAsync(await slow.SubmitAsync("softmax", JudgeApiClient.StableSoftmax));
        await watcher.WaitForAsync(e => e == "leaderboard");

        var standings = (await fast.Http.GetFromJsonAsync<JsonArray>("/api/leaderboard"))!.Select(s => s!).ToList();
        var fastRow = standings.Single(s => s["username"]!.GetValue<string>() == fast.Username);
        var slowRow = standings.Single(s => s["username"]!.GetValue<string>() == slow.Username);
        Assert.Equal(0, fastRow["penaltyMinutes"]!.GetValue<long>());
        Assert.Equal(20, slowRow["penaltyMinutes"]!.GetValue<long>());
        Assert.True(fastRow["rank"]!.GetValue<int>() < slowRow["rank"]!.GetValue<int>());

        var fastest = await fast.Http.GetFromJsonAsync<JsonArray>("/api/problems/softmax/leaderboard");
        Assert.Contains(fastest!, r => r!["username"]!.GetValue<string>() == fast.Username);
    }

    [Fact]
    public async Task Instructors_can_reload_and_rejudge()
    {
        await using var student = await JudgeApiClient.RegisterAsync(Server);
        var id = await student.SubmitAsync("softmax", JudgeApiClient.StableSoftmax);
        await student.WaitFinishedAsync(id);

        using var http = new HttpClient { BaseAddress = Server.BaseAddress };
        var credentials = new { username = ServerProcess.Instructor, password = "instructor password" };
        await http.PostAsJsonAsync("/api/auth/register", credentials);
        var token = (await (await http.PostAsJsonAsync("/api/auth/login", credentials)).Content.ReadFromJsonAsync<JsonObject>())!["token"]!.GetValue<string>();
        http.DefaultRequestHeaders.Authorization = new("Bearer", token);

        var reload = await (await http.PostAsync("/api/admin/problems/reload", null)).Content.ReadFromJsonAsync<JsonObject>();
        Assert.Contains(reload!["loaded"]!.AsArray(), p => p!.GetValue<string>() == "softmax");
        Assert.Equal(HttpStatusCode.Accepted, (await http.PostAsync($"/api/admin/submissions/{id}/rejudge", null)).StatusCode);
        // The instructor sees the student's submission, judged again from scratch.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        JsonObject rejudged;
        do
        {
            await Task.Delay(100);
            rejudged = (await http.GetFromJsonAsync<JsonObject>($"/api/submissions/{id}"))!;
        } while (rejudged["status"]!.GetValue<string>() != "Finished" && DateTime.UtcNow < deadline);
        Assert.Equal("Accepted", rejudged["verdict"]!.GetValue<string>());
        await using var db = Server.OpenDatabase();
        Assert.Equal(30, await db.ExecuteScalarAsync<int>("select count(*) from test_results where submission_id = @id", new { id }));
    }
}
