using System.Text.Json;
using Dapper;
using Microsoft.AspNetCore.SignalR.Client;
using MlJudge.Server.Tests.Support;

namespace MlJudge.Server.Tests;

/// <summary>"This looks like a known mistake": the diagnosis in the live Verdict event, the submission detail and the stored row.</summary>
[Collection(ServerCollection.Name)]
public sealed class DiagnosisTests(ServerFixture fixture)
{
    private ServerProcess Server => fixture.Server;

    // A learner's softmax without the max shift, written independently of the known-bad file.
    private const string SoftmaxWithoutShift = """
        double[] Softmax(double[] logits)
        {
            var result = new double[logits.Length];
            double total = 0;
            for (int i = 0; i < logits.Length; i++) { result[i] = Math.Exp(logits[i]); total += result[i]; }
            for (int i = 0; i < result.Length; i++) result[i] /= total;
            return result;
        }
        """;

    [Fact]
    public async Task A_submit_that_fails_like_a_known_mistake_gets_its_hint_live_in_the_detail_and_in_the_row()
    {
        await using var alice = await JudgeApiClient.RegisterAsync(Server);
        var log = new JudgeEventLog();
        await using var hub = await alice.ConnectHubAsync(log);

        var id = await alice.SubmitAsync("softmax", SoftmaxWithoutShift);
        await hub.InvokeAsync("Subscribe", id);
        await log.WaitForAsync(e => e == $"verdict {id} WrongAnswer", TimeSpan.FromSeconds(120));

        var live = log.Payloads.Last(p => p.TryGetProperty("passed", out _)).GetProperty("diagnosis");
        Assert.Equal("no-max-shift", live.GetProperty("mistakeId").GetString());
        Assert.False(string.IsNullOrWhiteSpace(live.GetProperty("hintEn").GetString()));
        Assert.Contains(live.GetProperty("hintZh").GetString()!, c => c >= '\u4e00' && c <= '\u9fff');

        var detail = await alice.GetSubmissionAsync(id);
        Assert.Equal("no-max-shift", detail["diagnosis"]!["mistakeId"]!.GetValue<string>());
        Assert.Equal(live.GetProperty("hintEn").GetString(), detail["diagnosis"]!["hintEn"]!.GetValue<string>());
        await using var db = Server.OpenDatabase();
        var stored = await db.ExecuteScalarAsync<string>("select diagnosis::text from submissions where id = @id", new { id });
        Assert.Equal("no-max-shift", JsonDocument.Parse(stored!).RootElement.GetProperty("mistakeId").GetString());
    }

    [Fact]
    public async Task An_accepted_submit_and_an_unrelated_wrong_one_get_no_hint()
    {
        await using var bob = await JudgeApiClient.RegisterAsync(Server);
        var accepted = await bob.SubmitAsync("softmax", JudgeApiClient.StableSoftmax);
        var uniform = await bob.SubmitAsync("softmax", "double[] Softmax(double[] logits) => logits.Select(_ => 1.0 / logits.Length).ToArray();");

        var first = await bob.WaitFinishedAsync(accepted, TimeSpan.FromSeconds(120));
        var second = await bob.WaitFinishedAsync(uniform, TimeSpan.FromSeconds(120));
        Assert.Equal("Accepted", first["verdict"]!.GetValue<string>());
        Assert.Equal("WrongAnswer", second["verdict"]!.GetValue<string>());
        Assert.Null(first["diagnosis"]);
        Assert.Null(second["diagnosis"]);
    }
}
