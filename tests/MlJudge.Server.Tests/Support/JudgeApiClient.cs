using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.SignalR.Client;

namespace MlJudge.Server.Tests.Support;

/// <summary>A logged-in user of the HTTP API and the SignalR hub, as a browser or script would be.</summary>
public sealed class JudgeApiClient : IAsyncDisposable
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

    private readonly Uri _baseAddress;

    public HttpClient Http { get; }
    public string Username { get; }
    public string Token { get; private set; } = "";

    private JudgeApiClient(Uri baseAddress, string username)
    {
        _baseAddress = baseAddress;
        Username = username;
        Http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    public static async Task<JudgeApiClient> RegisterAsync(ServerProcess server, string? prefix = null)
    {
        var client = new JudgeApiClient(server.BaseAddress, $"{prefix ?? "user"}{Guid.NewGuid():N}"[..24]);
        var credentials = new { username = client.Username, password = "correct horse battery" };
        (await client.Http.PostAsJsonAsync("/api/auth/register", credentials)).EnsureSuccessStatusCode();
        var login = await client.Http.PostAsJsonAsync("/api/auth/login", credentials);
        login.EnsureSuccessStatusCode();
        client.Token = (await login.Content.ReadFromJsonAsync<JsonObject>())!["token"]!.GetValue<string>();
        client.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", client.Token);
        return client;
    }

    public async Task<long> SubmitAsync(string problemId, string source, string kind = "submissions")
    {
        var response = await Http.PostAsJsonAsync($"/api/{kind}", new { problemId, source });
        if ((int)response.StatusCode != 202) throw new InvalidOperationException($"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<long>();
    }

    public async Task<JsonObject> GetSubmissionAsync(long id) =>
        (await Http.GetFromJsonAsync<JsonObject>($"/api/submissions/{id}"))!;

    public async Task<JsonObject> WaitFinishedAsync(long id, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (true)
        {
            var submission = await GetSubmissionAsync(id);
            if (submission["status"]!.GetValue<string>() == "Finished") return submission;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"submission {id} still {submission["status"]}");
            await Task.Delay(100);
        }
    }

    public async Task<HubConnection> ConnectHubAsync(JudgeEventLog log)
    {
        var hub = new HubConnectionBuilder()
            .WithUrl(new Uri(_baseAddress, "/hubs/judge"), o => o.AccessTokenProvider = () => Task.FromResult<string?>(Token))
            .Build();
        hub.On<long, string>("Status", (id, status) => log.Add($"status {id} {status}"));
        hub.On<long, JsonElement>("TestResult", (id, test) => log.Add($"test {id} {test.GetProperty("index").GetInt32()} {test.GetProperty("verdict").GetString()}", test));
        hub.On<long, JsonElement>("Verdict", (id, verdict) => log.Add($"verdict {id} {verdict.GetProperty("verdict").GetString()}", verdict));
        hub.On("LeaderboardChanged", () => log.Add("leaderboard"));
        await hub.StartAsync();
        return hub;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Task.CompletedTask;
    }
}

/// <summary>Everything a hub connection received, in order, with a way to wait for an event.</summary>
public sealed class JudgeEventLog
{
    private readonly List<(string Text, JsonElement? Payload)> _events = [];

    public void Add(string text, JsonElement? payload = null)
    {
        lock (_events) _events.Add((text, payload?.Clone()));
    }

    public List<string> Texts
    {
        get { lock (_events) return _events.Select(e => e.Text).ToList(); }
    }

    public List<JsonElement> Payloads
    {
        get { lock (_events) return _events.Where(e => e.Payload is not null).Select(e => e.Payload!.Value).ToList(); }
    }

    public async Task WaitForAsync(Func<string, bool> predicate, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (!Texts.Any(predicate))
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("expected event never arrived; got: " + string.Join(" | ", Texts));
            await Task.Delay(50);
        }
    }
}
