using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using MlJudge.Server.Tests.Support;

namespace MlJudge.Server.Tests.Accounts;

/// <summary>A server of its own for the account tests: low per-user hub cap and few free login failures.</summary>
public sealed class AccountsFixture : IAsyncLifetime
{
    public const int HubCap = 3;
    public const int FreeFailures = 3;

    public ServerProcess Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await ServerProcess.StartAsync(settings: new Dictionary<string, string>
    {
        ["MlJudge__MaxHubConnectionsPerUser"] = HubCap.ToString(),
        ["MlJudge__FreeLoginFailures"] = FreeFailures.ToString(),
    });

    public async Task DisposeAsync() => await Server.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class AccountsCollection : ICollectionFixture<AccountsFixture>
{
    public const string Name = "accounts";
}

/// <summary>Raw HTTP as an attacker would send it: chosen bytes, chosen source address, no helper that validates.</summary>
public static class RawHttp
{
    public const string Password = "correct horse battery";

    /// <summary>A client whose connections come from the given loopback address (127.0.0.x), so one test can be two clients.</summary>
    public static HttpClient From(ServerProcess server, string sourceAddress = "127.0.0.1") => new(new SocketsHttpHandler
    {
        ConnectCallback = async (context, cancellationToken) =>
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            socket.Bind(new IPEndPoint(IPAddress.Parse(sourceAddress), 0));
            await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        },
    }) { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };

    /// <summary>POSTs a JSON text exactly as given (so it may hold \u0000 escapes a serializer would never write).</summary>
    public static Task<HttpResponseMessage> PostJson(HttpClient http, string path, string json) =>
        http.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));

    public static string Body(string? username, string? password) =>
        new JsonObject { ["username"] = username, ["password"] = password }.ToJsonString();

    public static async Task<string> LoginAsync(HttpClient http, string username, string password = Password)
    {
        var response = await http.PostAsJsonAsync("/api/auth/login", new { username, password });
        Assert.True(response.IsSuccessStatusCode, $"login {username}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["token"]!.GetValue<string>();
    }

    public static async Task<HttpResponseMessage> MeAsync(ServerProcess server, string token)
    {
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await http.GetAsync("/api/auth/me");
    }

    public static string NewName(string prefix = "acct") => prefix + Guid.NewGuid().ToString("N")[..12];

    public static async Task AssertProblemAsync(HttpResponseMessage response, params HttpStatusCode[] allowed)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(allowed.Contains(response.StatusCode), $"{(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>Lines the server logged at error level or with an exception's stack trace, after line <paramref name="from"/>.</summary>
    public static List<string> ErrorLines(ServerProcess server, int from = 0) =>
        server.Output.Skip(from).Where(l => l.StartsWith("fail:", StringComparison.Ordinal) || l.StartsWith("crit:", StringComparison.Ordinal)
            || l.TrimStart().StartsWith("at ", StringComparison.Ordinal) && l.Contains('(')).ToList();
}
