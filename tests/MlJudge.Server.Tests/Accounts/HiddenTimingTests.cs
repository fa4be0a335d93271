using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.SignalR.Client;
using MlJudge.Server.Tests.Support;
using static MlJudge.Server.Tests.Accounts.RawHttp;

namespace MlJudge.Server.Tests.Accounts;

/// <summary>
/// Issue 11, item 2: per-test times are a covert channel for hidden inputs. A student sees every test's verdict
/// but one time only (the slowest test, whole ms), on every path; an instructor sees per-test times.
/// </summary>
[Collection(AccountsCollection.Name)]
public sealed class HiddenTimingTests(AccountsFixture fixture)
{
    private ServerProcess Server => fixture.Server;

    private static void AssertOneWholeTime(JsonNode? maxTimeMs, JsonNode? totalTimeMs)
    {
        Assert.NotNull(maxTimeMs);
        Assert.Equal(Math.Round(maxTimeMs.GetValue<double>()), maxTimeMs.GetValue<double>());
        Assert.Null(totalTimeMs);
    }

    [Fact]
    public async Task A_student_sees_hidden_verdicts_and_one_whole_millisecond_time_on_every_path()
    {
        await using var student = await JudgeApiClient.RegisterAsync(Server);
        var live = new JudgeEventLog();
        await using var hub = await student.ConnectHubAsync(live);
        var id = await student.SubmitAsync("softmax", JudgeApiClient.StableSoftmax + "\n// timing");
        await hub.InvokeAsync("Subscribe", id);
        await live.WaitForAsync(e => e == $"verdict {id} Accepted");

        // REST: the submission, and the list.
        var detail = await student.GetSubmissionAsync(id);
        var tests = detail["tests"]!.AsArray();
        Assert.Equal(30, tests.Count);
        Assert.All(tests, t => Assert.Null(t!["timeMs"]));
        Assert.Contains(tests, t => !t!["isSample"]!.GetValue<bool>() && t["verdict"]!.GetValue<string>() == "Accepted");
        AssertOneWholeTime(detail["maxTimeMs"], detail["timeMs"]);
        var listed = (await student.Http.GetFromJsonAsync<JsonArray>("/api/submissions?mine=true"))!.Single(s => s!["id"]!.GetValue<long>() == id)!;
        AssertOneWholeTime(listed["maxTimeMs"], listed["timeMs"]);

        // SignalR: the live events and a late subscriber's replay.
        var replay = new JudgeEventLog();
        await using var late = await student.ConnectHubAsync(replay);
        await late.InvokeAsync("Subscribe", id);
        await replay.WaitForAsync(e => e == $"verdict {id} Accepted");
        foreach (var log in new[] { live, replay })
        {
            var payloads = log.Payloads.Select(p => JsonNode.Parse(p.GetRawText())!).ToList();
            Assert.Equal(30, payloads.Where(p => p["index"] is not null).Select(p => p["index"]!.GetValue<int>()).Distinct().Count());
            Assert.All(payloads.Where(p => p["index"] is not null), t => Assert.Null(t["timeMs"]));
            var verdict = payloads.Single(p => p["passed"] is not null);
            AssertOneWholeTime(verdict["maxTimeMs"], verdict["timeMs"]);
        }
    }

    [Fact]
    public async Task An_instructor_sees_every_tests_time()
    {
        await using var student = await JudgeApiClient.RegisterAsync(Server);
        var id = await student.SubmitAsync("softmax", JudgeApiClient.StableSoftmax + "\n// instructor view");
        await student.WaitFinishedAsync(id);

        using var http = From(Server);
        await PostJson(http, "/api/auth/register", Body(ServerProcess.Instructor, "instructor password"));
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await LoginAsync(http, ServerProcess.Instructor, "instructor password"));
        var detail = (await http.GetFromJsonAsync<JsonObject>($"/api/submissions/{id}"))!;
        Assert.All(detail["tests"]!.AsArray(), t => Assert.NotNull(t!["timeMs"]));
        Assert.NotNull(detail["timeMs"]);

        var live = new JudgeEventLog();
        await using var hub = new HubConnectionBuilder()
            .WithUrl(new Uri(Server.BaseAddress, "/hubs/judge"), o => o.Headers["Authorization"] = http.DefaultRequestHeaders.Authorization!.ToString())
            .Build();
        hub.On<long, JsonElement>("TestResult", (_, test) => live.Add("test", test));
        hub.On<long, JsonElement>("Verdict", (_, verdict) => live.Add("verdict", verdict));
        await hub.StartAsync();
        await hub.InvokeAsync("Subscribe", id);
        await live.WaitForAsync(e => e == "verdict");
        Assert.Equal(30, live.Payloads.Count(p => p.TryGetProperty("index", out _)));
        Assert.All(live.Payloads.Where(p => p.TryGetProperty("index", out _)), t => Assert.Equal(JsonValueKind.Number, t.GetProperty("timeMs").ValueKind));
    }
}
