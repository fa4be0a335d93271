using System.Net;
using System.Net.Http.Json;
using MlJudge.Server.Tests.Support;
using static MlJudge.Server.Tests.Accounts.RawHttp;

namespace MlJudge.Server.Tests.Accounts;

/// <summary>A server with low limits, so each limit is reached in a handful of requests, and one-minute tokens.</summary>
public sealed class ThrottleFixture : IAsyncLifetime
{
    public const int RegistrationsPerHour = 3;
    public const int LoginsPerMinute = 6;
    public const int FreeFailures = 3;

    public ServerProcess Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await ServerProcess.StartAsync(workers: 0, settings: new Dictionary<string, string>
    {
        ["MlJudge__RegistrationsPerHour"] = RegistrationsPerHour.ToString(),
        ["MlJudge__LoginsPerMinute"] = LoginsPerMinute.ToString(),
        ["MlJudge__FreeLoginFailures"] = FreeFailures.ToString(),
        ["MlJudge__TokenLifetimeMinutes"] = "1",
    });

    public async Task DisposeAsync() => await Server.DisposeAsync();
}

/// <summary>Issue 11, item 12. Each test speaks from its own loopback address, so their per-address budgets do not mix.</summary>
public sealed class ThrottleTests(ThrottleFixture fixture) : IClassFixture<ThrottleFixture>
{
    private ServerProcess Server => fixture.Server;

    private static async Task AssertTooManyAsync(HttpResponseMessage response)
    {
        await AssertProblemAsync(response, HttpStatusCode.TooManyRequests);
        Assert.True(response.Headers.RetryAfter?.Delta is { TotalSeconds: >= 1 }, "429 without a Retry-After in seconds");
    }

    [Fact]
    public async Task Registrations_from_one_address_beyond_the_hourly_limit_get_429_with_retry_after()
    {
        using var http = From(Server, "127.0.0.4");
        for (var i = 0; i < ThrottleFixture.RegistrationsPerHour; i++)
            Assert.Equal(HttpStatusCode.Created, (await PostJson(http, "/api/auth/register", Body(NewName(), Password))).StatusCode);
        await AssertTooManyAsync(await PostJson(http, "/api/auth/register", Body(NewName(), Password)));
    }

    [Fact]
    public async Task Logins_from_one_address_beyond_the_per_minute_limit_get_429_with_retry_after()
    {
        using var http = From(Server, "127.0.0.3");
        for (var i = 0; i < ThrottleFixture.LoginsPerMinute; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await PostJson(http, "/api/auth/login", Body(NewName(), "some password"))).StatusCode);
        await AssertTooManyAsync(await PostJson(http, "/api/auth/login", Body(NewName(), "some password")));
    }

    [Fact]
    public async Task Repeated_wrong_passwords_lock_that_name_for_that_address_but_the_owner_elsewhere_still_logs_in()
    {
        var victim = NewName("victim");
        using (var own = From(Server, "127.0.0.1"))
            Assert.Equal(HttpStatusCode.Created, (await PostJson(own, "/api/auth/register", Body(victim, Password))).StatusCode);

        using var attacker = From(Server, "127.0.0.2");
        for (var i = 0; i < ThrottleFixture.FreeFailures; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await PostJson(attacker, "/api/auth/login", Body(victim, "guess " + i))).StatusCode);
        // Locked: even the right password is not checked from this address until the delay has passed.
        await AssertTooManyAsync(await PostJson(attacker, "/api/auth/login", Body(victim, Password)));

        using var owner = From(Server, "127.0.0.5");
        var response = await owner.PostAsJsonAsync("/api/auth/login", new { username = victim, password = Password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_session_used_in_the_second_half_of_its_token_lifetime_gets_a_renewed_cookie()
    {
        var cookies = new CookieContainer();
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = Server.BaseAddress };
        var name = NewName("slide");
        await PostJson(http, "/api/auth/register", Body(name, Password));
        var login = await http.PostAsJsonAsync("/api/auth/login", new { username = name, password = Password });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        var first = cookies.GetCookies(Server.BaseAddress)["mljudge_auth"]!.Value;

        // Early in the token's life nothing is renewed.
        var early = await http.GetAsync("/api/auth/me");
        Assert.Equal(HttpStatusCode.OK, early.StatusCode);
        Assert.False(early.Headers.Contains("Set-Cookie"));

        await Task.Delay(TimeSpan.FromSeconds(32)); // into the second half of a one-minute token
        var late = await http.GetAsync("/api/auth/me");
        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        var renewed = cookies.GetCookies(Server.BaseAddress)["mljudge_auth"]!.Value;
        Assert.NotEqual(first, renewed);
        Assert.Equal(HttpStatusCode.OK, (await MeAsync(Server, renewed)).StatusCode);
    }
}
