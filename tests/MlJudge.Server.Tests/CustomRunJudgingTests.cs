using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.SignalR.Client;
using MlJudge.Server.Tests.Support;

namespace MlJudge.Server.Tests;

/// <summary>
/// Custom runs judged for real: the worker runs the reference solution and the submission on the learner's
/// arguments in the sandbox, and the detail carries both outputs and the checker's comparison.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class CustomRunJudgingTests(ServerFixture fixture, Xunit.Abstractions.ITestOutputHelper output)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(120);

    private const string UnstableSoftmax = """
        double[] Softmax(double[] logits)
        {
            var e = logits.Select(Math.Exp).ToArray();
            var s = e.Sum();
            return e.Select(v => v / s).ToArray();
        }
        """;

    private static async Task<JsonObject> RunAsync(JudgeApiClient user, string problem, string source, object args)
    {
        var response = await user.Http.PostAsJsonAsync($"/api/problems/{problem}/custom-runs", new { source, args });
        if ((int)response.StatusCode != 202) throw new InvalidOperationException($"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        var id = (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<long>();
        var detail = await user.WaitFinishedAsync(id, Wait);
        Assert.Equal("custom", detail["kind"]!.GetValue<string>());
        return detail;
    }

    [Fact]
    public async Task A_right_submission_matches_the_reference_and_a_wrong_one_shows_the_mismatch_and_neither_counts()
    {
        await using var user = await JudgeApiClient.RegisterAsync(fixture.Server);
        var right = await RunAsync(user, "softmax", JudgeApiClient.StableSoftmax, new { logits = new[] { 1.0, 2.0, 1000.0 } });
        var custom = right["custom"]!;
        Assert.Equal("Accepted", right["verdict"]!.GetValue<string>());
        Assert.Equal("Match", custom["comparison"]!.GetValue<string>());
        Assert.Equal("Ok", custom["referenceOutcome"]!.GetValue<string>());
        Assert.Equal(3, custom["output"]!.AsArray().Count);
        Assert.Equal(1.0, custom["referenceOutput"]![2]!.GetValue<double>(), 9);
        Assert.Equal(1000.0, custom["args"]!["logits"]![2]!.GetValue<double>());

        var wrong = await RunAsync(user, "softmax", UnstableSoftmax, new { logits = new[] { 1000.0, 0.0 } });
        Assert.Equal("WrongAnswer", wrong["verdict"]!.GetValue<string>());
        Assert.Equal("Mismatch", wrong["custom"]!["comparison"]!.GetValue<string>());
        Assert.Equal("NaN", wrong["custom"]!["output"]![0]!.GetValue<string>());
        Assert.Equal(1.0, wrong["custom"]!["referenceOutput"]![0]!.GetValue<double>(), 9);
        Assert.Contains("element [0]", wrong["tests"]![0]!["message"]!.GetValue<string>());

        // A figure, not a check: queue to verdict for both runs (reference and submission each compiled and sandboxed).
        foreach (var run in new[] { right, wrong })
            output.WriteLine($"custom run {run["id"]}: {(run["finishedAt"]!.GetValue<DateTime>() - run["createdAt"]!.GetValue<DateTime>()).TotalMilliseconds:0} ms from POST to verdict");

        // Custom runs are practice of the purest kind: no solved mark, no leaderboard row.
        var problems = (await user.Http.GetFromJsonAsync<JsonArray>("/api/problems"))!;
        Assert.False(problems.Single(p => p!["id"]!.GetValue<string>() == "softmax")!["solved"]!.GetValue<bool>());
        var fastest = (await user.Http.GetFromJsonAsync<JsonArray>("/api/problems/softmax/leaderboard"))!;
        Assert.DoesNotContain(fastest, r => r!["username"]!.GetValue<string>() == user.Username);
    }

    [Fact]
    public async Task A_custom_run_streams_its_test_live_with_the_input_and_both_outputs()
    {
        await using var user = await JudgeApiClient.RegisterAsync(fixture.Server);
        var log = new JudgeEventLog();
        await using var hub = await user.ConnectHubAsync(log);
        var response = await user.Http.PostAsJsonAsync("/api/problems/softmax/custom-runs",
            new { source = UnstableSoftmax, args = new { logits = new[] { 1000.0, 0.0 } } });
        var id = (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<long>();
        await hub.InvokeAsync("Subscribe", id);
        await log.WaitForAsync(e => e == $"verdict {id} WrongAnswer", Wait);

        var test = log.Payloads.Single(p => p.TryGetProperty("isSample", out _));
        Assert.Equal("custom", test.GetProperty("name").GetString());
        Assert.Equal(1000.0, test.GetProperty("input").GetProperty("logits")[0].GetDouble());
        Assert.Equal(1.0, test.GetProperty("expected")[0].GetDouble(), 9);
        Assert.Equal("NaN", test.GetProperty("got")[0].GetString());
        var verdict = log.Payloads.Last(p => p.TryGetProperty("passed", out _));
        Assert.Equal(1, verdict.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_reference_that_fails_on_the_input_is_reported_as_rejecting_it_without_its_error()
    {
        await using var user = await JudgeApiClient.RegisterAsync(fixture.Server);
        // Label 5 of a 2-class row: outside the statement's constraints, and the reference indexes out of range.
        var detail = await RunAsync(user, "cross-entropy", "double CrossEntropy(double[][] logits, int[] labels) => 0.5;",
            new { logits = new[] { new[] { 1.0, 2.0 } }, labels = new[] { 5 } });
        var custom = detail["custom"]!;
        Assert.Equal("Rejected", custom["referenceOutcome"]!.GetValue<string>());
        Assert.Null(custom["referenceOutput"]);
        var message = custom["referenceMessage"]!.GetValue<string>();
        Assert.StartsWith("the reference solution rejected this input", message);
        Assert.DoesNotContain("Exception", message);
        Assert.DoesNotContain("Index", message);
        Assert.Equal("NotCompared", custom["comparison"]!.GetValue<string>());
        Assert.Equal(0.5, custom["output"]!.GetValue<double>());
    }

    [Fact]
    public async Task A_statistical_checker_gives_no_verdict_but_both_outputs_and_a_failing_submission_keeps_its_own_verdict()
    {
        await using var user = await JudgeApiClient.RegisterAsync(fixture.Server);
        var dropout = await RunAsync(user, "dropout", "double[] Dropout(double[] x, double p, bool training, int seed) => x;",
            new { x = new[] { 1.0, 2.0, 3.0, 4.0 }, p = 0.5, training = true, seed = 7 });
        Assert.Equal("NotCompared", dropout["custom"]!["comparison"]!.GetValue<string>());
        Assert.Contains("checker", dropout["custom"]!["reason"]!.GetValue<string>());
        Assert.Equal(4, dropout["custom"]!["output"]!.AsArray().Count);
        Assert.Equal(4, dropout["custom"]!["referenceOutput"]!.AsArray().Count);

        var crash = await RunAsync(user, "softmax", "double[] Softmax(double[] logits) => throw new InvalidOperationException(\"mine\");",
            new { logits = new[] { 1.0, 2.0 } });
        Assert.Equal("RuntimeError", crash["verdict"]!.GetValue<string>());
        Assert.Contains("mine", crash["tests"]![0]!["message"]!.GetValue<string>());
        Assert.Equal("NotCompared", crash["custom"]!["comparison"]!.GetValue<string>());
        Assert.Equal(2, crash["custom"]!["referenceOutput"]!.AsArray().Count);

        // Code that does not compile still gets the reference's answer to the input.
        var broken = await RunAsync(user, "softmax", "double[] Softmax(double[] logits) { return logits }", new { logits = new[] { 1.0, 2.0 } });
        Assert.Equal("CompilationError", broken["verdict"]!.GetValue<string>());
        Assert.NotEmpty(broken["diagnostics"]!.AsArray());
        Assert.Equal("NotCompared", broken["custom"]!["comparison"]!.GetValue<string>());
        Assert.Equal(2, broken["custom"]!["referenceOutput"]!.AsArray().Count);
    }
}
