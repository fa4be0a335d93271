using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dapper;
using MlJudge.Api.Tests.Support;

namespace MlJudge.Api.Tests;

/// <summary>
/// POST /api/problems/{id}/custom-runs: the arguments are checked against the entry point before anything is queued,
/// every refusal is a 400 problem document naming the argument, and an accepted custom run is queued like a run
/// (judged by the workers; the sandbox tier in MlJudge.Server.Tests covers the outputs).
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class CustomRunTests(ApiFactory factory)
{
    // CrossEntropy(double[][] logits, int[] labels): every test keeps logits rectangular.
    private const string Problem = "cross-entropy";

    private static Task<HttpResponseMessage> PostAsync(ApiUser user, string args, string problem = Problem) =>
        user.Http.PostAsync($"/api/problems/{problem}/custom-runs",
            new StringContent($$"""{"source": "double CrossEntropy(double[][] logits, int[] labels) => 0;", "args": {{args}}}""", System.Text.Encoding.UTF8, "application/json"));

    public static TheoryData<string, string, string> InvalidArguments => new()
    {
        { """{"logits": [[1, 2]], "labels": [0.5]}""", "args.labels", "integer" },
        { """{"logits": [[1, 2]], "labels": ["0"]}""", "args.labels", "integer" },
        { """{"logits": [[1, 2]], "labels": [3000000000]}""", "args.labels", "fits int" },
        { """{"logits": [[1, 2]]}""", "args.labels", "missing" },
        { """{"logits": [[1, 2]], "labels": [0], "temperature": 2}""", "args.temperature", "not a parameter" },
        { """{"logits": [[1, 2], [3]], "labels": [0, 0]}""", "args.logits", "ragged" },
        { """{"logits": [1, 2], "labels": [0]}""", "args.logits", "expected double[]" },
        { """{"logits": [[1e999, 2]], "labels": [0]}""", "args.logits", "outside the range of a double" },
        { """{"logits": {"a": 1}, "labels": [0]}""", "args.logits", "JSON array" },
        { """{"logits": [["\ud800"]], "labels": [0]}""", "args.logits", "unpaired surrogates" },
        { """{"logits": [[{"\u0000": 1}]], "labels": [0]}""", "args.logits", "NUL" },
        { """{"\udc00": 1, "labels": [0]}""", "args", "names may not" },
        { "null", "args", "required" },
        { "[1, 2]", "args", "" },
    };

    [Theory]
    [MemberData(nameof(InvalidArguments))]
    public async Task Each_kind_of_invalid_argument_is_a_400_problem_naming_the_argument(string args, string field, string says)
    {
        using var student = await ApiUser.RegisterAsync(factory);
        var response = await PostAsync(student, args);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(text)!;
        if (field == "args" && says == "") return; // not an object at all: the body does not bind, still a 400 problem
        var messages = problem["errors"]![field]!.AsArray().Select(m => m!.GetValue<string>()).ToList();
        Assert.Contains(messages, m => m.Contains(says, StringComparison.Ordinal));
        Assert.StartsWith(field, problem["detail"]!.GetValue<string>());
        Assert.Equal(0, await CustomRunsOfAsync(student.Username));
    }

    [Theory]
    [InlineData("""["a", "b\u0000c"]""", "[1]")]
    [InlineData("""["a", "\ud800"]""", "[1]")]
    [InlineData("""[["a"]]""", "[0]")]
    public async Task Strings_the_database_or_the_runner_cannot_hold_are_refused_by_argument(string values, string at)
    {
        using var student = await ApiUser.RegisterAsync(factory);
        var response = await student.Http.PostAsync("/api/problems/label-encode/custom-runs", new StringContent(
            """{"source": "int[] LabelEncode(string[] values) => [];", "args": {"values": """ + values + "}}", System.Text.Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{response.StatusCode}: {text}");
        Assert.StartsWith(at, JsonNode.Parse(text)!["errors"]!["args.values"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Ragged_rows_are_accepted_where_the_problems_own_tests_have_them()
    {
        // PageRank takes adjacency lists: rows of different lengths are the point, so they are not a matrix.
        using var student = await ApiUser.RegisterAsync(factory);
        var response = await student.Http.PostAsJsonAsync("/api/problems/pagerank/custom-runs", new
        {
            source = "double[] PageRank(int[][] links, double damping) => [];",
            args = new { links = new[] { new[] { 1, 2 }, new[] { 0 }, Array.Empty<int>() }, damping = 0.85 },
        });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Fact]
    public async Task An_input_over_64_KiB_is_refused_before_anything_is_queued()
    {
        using var student = await ApiUser.RegisterAsync(factory);
        var row = "[" + string.Join(",", Enumerable.Repeat("0.123456789", 100)) + "]";
        var args = $$"""{"logits": [{{string.Join(",", Enumerable.Repeat(row, 70))}}], "labels": [{{string.Join(",", Enumerable.Repeat("0", 70))}}]}""";
        var response = await PostAsync(student, args);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("at most 64 KiB", problem["errors"]!["args"]![0]!.GetValue<string>());
        Assert.Equal(0, await CustomRunsOfAsync(student.Username));
    }

    [Fact]
    public async Task A_valid_custom_run_is_queued_as_kind_custom_and_shows_its_input()
    {
        using var student = await ApiUser.RegisterAsync(factory);
        var response = await PostAsync(student, """{"logits": [[1, 2, 3], [0, 0, 0]], "labels": [2, 1]}""");
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<long>();
        var detail = (await student.Http.GetFromJsonAsync<JsonObject>($"/api/submissions/{id}"))!;
        Assert.Equal("custom", detail["kind"]!.GetValue<string>());
        Assert.Equal("Queued", detail["status"]!.GetValue<string>());
        Assert.Equal(2, detail["custom"]!["args"]!["labels"]![0]!.GetValue<int>());
        Assert.Null(detail["custom"]!["output"]);
        Assert.Null(detail["custom"]!["comparison"]); // not judged yet (no workers here)
    }

    [Fact]
    public async Task An_unknown_problem_is_a_404_problem()
    {
        using var student = await ApiUser.RegisterAsync(factory);
        var response = await PostAsync(student, "{}", "no-such-problem");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Custom_runs_share_the_submission_throttle()
    {
        using var student = await ApiUser.RegisterAsync(factory);
        for (var i = 0; i < ApiFactory.SubmissionsPerMinute; i++)
            Assert.Equal(HttpStatusCode.Accepted, (await PostAsync(student, """{"logits": [[1]], "labels": [0]}""")).StatusCode);
        var refused = await PostAsync(student, """{"logits": [[1]], "labels": [0]}""");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await student.Http.PostAsJsonAsync("/api/runs", new { problemId = "softmax", source = ApiUser.StableSoftmax })).StatusCode);
    }

    [Fact]
    public async Task An_anonymous_custom_run_is_refused()
    {
        var response = await factory.Anonymous().PostAsJsonAsync($"/api/problems/{Problem}/custom-runs", new { source = "x", args = new { } });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private async Task<int> CustomRunsOfAsync(string username)
    {
        await using var connection = await factory.Database.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<int>(
            "select count(*) from submissions s join users u on u.id = s.user_id where u.username = @username and s.kind = 'custom'", new { username });
    }
}
