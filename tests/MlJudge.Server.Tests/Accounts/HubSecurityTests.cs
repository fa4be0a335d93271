using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using MlJudge.Server.Tests.Support;
using static MlJudge.Server.Tests.Accounts.RawHttp;

namespace MlJudge.Server.Tests.Accounts;

/// <summary>Issue 11, item 15: the hub only for this site's pages, a cap per user, refusals as warnings; security headers on the UI.</summary>
[Collection(AccountsCollection.Name)]
public sealed class HubSecurityTests(AccountsFixture fixture)
{
    private ServerProcess Server => fixture.Server;

    private async Task<HttpResponseMessage> NegotiateAsync(JudgeApiClient user, string? origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/hubs/judge/negotiate?negotiateVersion=1");
        if (origin is not null) request.Headers.TryAddWithoutValidation("Origin", origin);
        return await user.Http.SendAsync(request);
    }

    [Fact]
    public async Task The_hub_refuses_a_browser_connection_from_another_origin()
    {
        await using var user = await JudgeApiClient.RegisterAsync(Server);
        await AssertProblemAsync(await NegotiateAsync(user, "https://evil.example"), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await NegotiateAsync(user, "null"), HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, (await NegotiateAsync(user, Server.BaseAddress.GetLeftPart(UriPartial.Authority))).StatusCode);
        // Not a browser (no Origin): a bearer-token client such as the CLI's load test.
        Assert.Equal(HttpStatusCode.OK, (await NegotiateAsync(user, null)).StatusCode);
    }

    [Fact]
    public async Task A_user_cannot_hold_more_hub_connections_than_the_cap()
    {
        await using var user = await JudgeApiClient.RegisterAsync(Server);
        var open = new List<HubConnection>();
        try
        {
            for (var i = 0; i < AccountsFixture.HubCap; i++) open.Add(await user.ConnectHubAsync(new JudgeEventLog()));
            foreach (var hub in open) await hub.InvokeAsync("SubscribeLeaderboard");

            var closed = new TaskCompletionSource();
            var extra = await user.ConnectHubAsync(new JudgeEventLog());
            open.Add(extra);
            extra.Closed += _ => { closed.TrySetResult(); return Task.CompletedTask; };
            if (extra.State != HubConnectionState.Disconnected) await closed.Task.WaitAsync(TimeSpan.FromSeconds(30));
            Assert.Equal(HubConnectionState.Disconnected, extra.State);
            Assert.Contains(Server.Output, l => l.Contains("Refused a hub connection"));
        }
        finally
        {
            foreach (var hub in open) await hub.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_refused_hub_call_is_logged_as_a_warning_not_an_error()
    {
        await using var owner = await JudgeApiClient.RegisterAsync(Server);
        await using var prober = await JudgeApiClient.RegisterAsync(Server);
        var id = await owner.SubmitAsync("softmax", "double[] Softmax(double[] logits) => logits;", kind: "runs");
        await using var hub = await prober.ConnectHubAsync(new JudgeEventLog());
        var mark = Server.Output.Count;
        await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync("Subscribe", id));
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!Server.Output.Any(l => l.Contains("Refused hub call")) && DateTime.UtcNow < deadline) await Task.Delay(100);
        await Task.Delay(1000); // anything else the call made the server log has been written by now
        var output = Server.Output.Skip(mark).ToList();
        var index = output.FindIndex(l => l.Contains("Refused hub call"));
        Assert.True(index > 0, "no warning about the refused call");
        Assert.StartsWith("warn:", output[index - 1]);
        Assert.Empty(ErrorLines(Server, mark));
    }

    [Fact]
    public async Task A_hub_connection_opened_before_logout_can_no_longer_subscribe()
    {
        await using var user = await JudgeApiClient.RegisterAsync(Server);
        var id = await user.SubmitAsync("softmax", "double[] Softmax(double[] logits) => logits;", kind: "runs");
        await using var hub = await user.ConnectHubAsync(new JudgeEventLog());
        await hub.InvokeAsync("Subscribe", id);
        await user.Http.PostAsync("/api/auth/logout", null);
        await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync("Subscribe", id));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/api/problems")]
    [InlineData("/api/does-not-exist")]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        using var http = From(Server);
        var response = await http.GetAsync(path);
        var csp = string.Join(" ", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }
}
