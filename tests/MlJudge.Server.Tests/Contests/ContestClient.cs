using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MlJudge.Server.Tests.Support;

namespace MlJudge.Server.Tests.Contests;

/// <summary>Contest calls as the browser makes them, for instructors and students.</summary>
internal static class ContestClient
{
    public const string UnstableSoftmax = """
        double[] Softmax(double[] logits)
        {
            var e = logits.Select(Math.Exp).ToArray();
            var s = e.Sum();
            return e.Select(v => v / s).ToArray();
        }
        """;

    /// <summary>The configured instructor, logged in (registered on first use).</summary>
    public static async Task<HttpClient> InstructorAsync(ServerProcess server)
    {
        var http = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        var credentials = new { username = ServerProcess.Instructor, password = "instructor password" };
        await http.PostAsJsonAsync("/api/auth/register", credentials);
        var login = await http.PostAsJsonAsync("/api/auth/login", credentials);
        login.EnsureSuccessStatusCode();
        http.DefaultRequestHeaders.Authorization = new("Bearer", (await login.Content.ReadFromJsonAsync<JsonObject>())!["token"]!.GetValue<string>());
        return http;
    }

    public static object Contest(DateTimeOffset start, DateTimeOffset end, string scoring = "Icpc", string? code = null,
        DateTimeOffset? freeze = null, string latePolicy = "None", decimal? lateFactor = null, DateTimeOffset? lateUntil = null,
        params (string Id, int Points)[] problems) => new
    {
        title = "Week 3: activations",
        description = "Softmax and **IoU**.",
        problems = (problems.Length == 0 ? [("softmax", 100), ("iou", 50)] : problems).Select(p => new { problemId = p.Id, points = p.Points }).ToArray(),
        startsAt = start,
        endsAt = end,
        freezeAt = freeze,
        scoring,
        joinCode = code,
        latePolicy,
        lateFactor,
        lateUntil,
    };

    public static async Task<long> CreateAsync(HttpClient instructor, object contest)
    {
        var response = await instructor.PostAsJsonAsync("/api/contests", contest);
        if ((int)response.StatusCode != 201) throw new InvalidOperationException($"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<long>();
    }

    public static async Task JoinAsync(JudgeApiClient student, long contest, string? code = null) =>
        (await student.Http.PostAsJsonAsync($"/api/contests/{contest}/join", new { code })).EnsureSuccessStatusCode();

    public static async Task<JsonObject> SubmitAsync(JudgeApiClient student, long contest, string problemId, string source)
    {
        var response = await student.Http.PostAsJsonAsync("/api/submissions", new { problemId, source, contestId = contest });
        if ((int)response.StatusCode != 202) throw new InvalidOperationException($"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    public static async Task<JsonObject> BoardAsync(HttpClient http, long contest) =>
        (await http.GetFromJsonAsync<JsonObject>($"/api/contests/{contest}/scoreboard"))!;

    public static JsonObject Row(JsonObject board, string username) =>
        board["rows"]!.AsArray().Select(r => r!.AsObject()).Single(r => r["username"]!.GetValue<string>() == username);

    public static JsonObject Cell(JsonObject board, string username, string problemId) =>
        Row(board, username)["cells"]!.AsArray().Select(c => c!.AsObject()).Single(c => c["problemId"]!.GetValue<string>() == problemId);
}
