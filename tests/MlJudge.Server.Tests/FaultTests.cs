using System.Diagnostics;
using System.Net.Http.Json;
using Microsoft.AspNetCore.SignalR.Client;
using MlJudge.Server.Tests.Support;

namespace MlJudge.Server.Tests;

/// <summary>Faults of the parts around the judge: the database restarting, clients dropping mid-stream.</summary>
public sealed class FaultTests
{
    // Accepted, but slow enough (tens of ms per test) that a stream can be interrupted half-way.
    private const string SlowIoU = """
        double IoU(double[] a, double[] b)
        {
            var spin = 0.0;
            for (var i = 0; i < 20_000_000; i++) spin += Math.Sqrt(i) * 1e-30;
            var w = Math.Max(0, Math.Min(a[2], b[2]) - Math.Max(a[0], b[0]));
            var h = Math.Max(0, Math.Min(a[3], b[3]) - Math.Max(a[1], b[1]));
            var inter = w * h;
            var union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter;
            return (union <= 0 ? 0 : inter / union) + spin * 0;
        }
        """;

    [Fact]
    public async Task Every_accepted_submission_reaches_a_verdict_across_a_database_restart()
    {
        await using var server = await ServerProcess.StartAsync(submissionsPerMinute: 200);
        if (!File.Exists(Path.Combine(server.DataPath, "postgres", "PG_VERSION"))) return; // a container database is not ours to restart
        await using var user = await JudgeApiClient.RegisterAsync(server);
        var ids = new List<long>();
        for (var i = 0; i < 8; i++) ids.Add(await user.SubmitAsync("softmax", JudgeApiClient.StableSoftmax + $"\n// before {i}"));

        RestartPostgres(server.DataPath);

        for (var i = 0; i < 8; i++)
        {
            // While the database comes back the API answers 503 problem details; a client retries.
            for (var attempt = 0; ; attempt++)
            {
                var response = await user.Http.PostAsJsonAsync("/api/submissions", new { problemId = "softmax", source = JudgeApiClient.StableSoftmax + $"\n// after {i}" });
                if ((int)response.StatusCode == 202)
                {
                    ids.Add((await response.Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>())!["id"]!.GetValue<long>());
                    break;
                }
                Assert.True((int)response.StatusCode == 503, $"unexpected {response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
                Assert.True(attempt < 50, "the server never recovered");
                await Task.Delay(200);
            }
        }
        foreach (var id in ids)
            Assert.Equal("Accepted", (await WaitFinishedTolerantAsync(user, id))["verdict"]!.GetValue<string>());
    }

    private static async Task<System.Text.Json.Nodes.JsonObject> WaitFinishedTolerantAsync(JudgeApiClient user, long id)
    {
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (true)
        {
            try { return await user.WaitFinishedAsync(id, TimeSpan.FromSeconds(5)); }
            catch (Exception e) when (e is TimeoutException or HttpRequestException && DateTime.UtcNow < deadline) { await Task.Delay(200); }
        }
    }

    // pg_ctl runs as the cluster's owner (PostgreSQL refuses root), as the server itself does.
    private static void RestartPostgres(string dataPath)
    {
        var cluster = Path.Combine(dataPath, "postgres");
        var binaries = Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).First(d => File.Exists(Path.Combine(d, "pg_ctl")));
        var owner = Run("stat", "-c", "%u %g", cluster).Split(' ');
        Run("setpriv", $"--reuid={owner[0]}", $"--regid={owner[1]}", "--clear-groups", "--",
            Path.Combine(binaries, "pg_ctl"), "restart", "-D", cluster, "-m", "fast", "-w", "-t", "60", "-l", Path.Combine(cluster, "server.log"));
    }

    private static string Run(string file, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{file} failed: {error}");
        return output.Trim();
    }

    [Fact]
    public async Task A_client_that_disconnects_mid_stream_gets_the_rest_after_reconnecting()
    {
        await using var server = await ServerProcess.StartAsync();
        await using var user = await JudgeApiClient.RegisterAsync(server);
        var first = new JudgeEventLog();
        var hub = await user.ConnectHubAsync(first);
        var id = await user.SubmitAsync("iou", SlowIoU);
        await hub.InvokeAsync("Subscribe", id);
        await first.WaitForAsync(e => e.StartsWith($"test {id} 2 "));
        await hub.DisposeAsync(); // the connection drops half-way

        var second = new JudgeEventLog();
        await using var again = await user.ConnectHubAsync(second);
        await again.InvokeAsync("Subscribe", id);
        await second.WaitForAsync(e => e == $"verdict {id} Accepted", TimeSpan.FromSeconds(120));

        var total = (await user.GetSubmissionAsync(id))["total"]!.GetValue<int>();
        var seen = first.Texts.Concat(second.Texts).Where(e => e.StartsWith($"test {id} ")).Select(e => int.Parse(e.Split(' ')[2])).ToHashSet();
        Assert.Equal(Enumerable.Range(0, total), seen.Order());
        Assert.True(first.Texts.Count(e => e.StartsWith("test ")) < total, "the first connection saw everything; the stream was not interrupted");
    }
}
