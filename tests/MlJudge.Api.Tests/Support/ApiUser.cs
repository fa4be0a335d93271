using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.SignalR.Client;

namespace MlJudge.Api.Tests.Support;

/// <summary>A registered, logged-in user of the in-process server.</summary>
public sealed class ApiUser : IDisposable
{
    public const string StableSoftmax = """
        double[] Softmax(double[] logits)
        {
            var m = logits.Max();
            var e = logits.Select(z => Math.Exp(z - m)).ToArray();
            var s = e.Sum();
            return e.Select(v => v / s).ToArray();
        }
        """;

    private readonly ApiFactory _factory;

    public HttpClient Http { get; }
    public string Username { get; }
    public string Token { get; private set; } = "";

    private ApiUser(ApiFactory factory, string username)
    {
        _factory = factory;
        Username = username;
        Http = factory.Anonymous();
    }

    public static Task<ApiUser> RegisterAsync(ApiFactory factory, string? prefix = null) =>
        LoginAsync(factory, $"{prefix ?? "user"}{Guid.NewGuid():N}"[..24]);

    public static Task<ApiUser> InstructorAsync(ApiFactory factory) => LoginAsync(factory, ApiFactory.Instructor);

    private static async Task<ApiUser> LoginAsync(ApiFactory factory, string username)
    {
        var user = new ApiUser(factory, username);
        var credentials = new { username, password = "correct horse battery" };
        // The instructor may already exist from another test: registering again is refused, logging in is not.
        await user.Http.PostAsJsonAsync("/api/auth/register", credentials);
        var login = await user.Http.PostAsJsonAsync("/api/auth/login", credentials);
        login.EnsureSuccessStatusCode();
        user.Token = (await login.Content.ReadFromJsonAsync<JsonObject>())!["token"]!.GetValue<string>();
        user.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", user.Token);
        return user;
    }

    public async Task<long> SubmitAsync(string problemId, string source, string kind = "submissions")
    {
        var response = await Http.PostAsJsonAsync($"/api/{kind}", new { problemId, source });
        if ((int)response.StatusCode != 202) throw new InvalidOperationException($"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<long>();
    }

    /// <summary>A hub connection through the in-process server (long polling: the test server has no WebSockets).</summary>
    public async Task<HubConnection> ConnectHubAsync()
    {
        var hub = new HubConnectionBuilder()
            .WithUrl(new Uri(_factory.Server.BaseAddress, "/hubs/judge"), o =>
            {
                o.AccessTokenProvider = () => Task.FromResult<string?>(Token);
                o.HttpMessageHandlerFactory = _ => _factory.Server.CreateHandler();
                o.Transports = Microsoft.AspNetCore.Http.Connections.HttpTransportType.LongPolling;
            })
            .Build();
        await hub.StartAsync();
        return hub;
    }

    public void Dispose() => Http.Dispose();
}
