using System.Net;
using System.Net.Http.Headers;
using System.Text;
using MlJudge.Api.Tests.Support;

namespace MlJudge.Api.Tests;

/// <summary>Malformed, hostile or unauthorized requests get a 4xx problem details answer — never a 500, never data.</summary>
[Collection(ApiCollection.Name)]
public sealed class BadInputTests(ApiFactory factory)
{
    private static async Task<HttpResponseMessage> Send(HttpClient http, string method, string path, string? body, string contentType = "application/json")
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (body is not null) request.Content = new StringContent(body, Encoding.UTF8, contentType);
        return await http.SendAsync(request);
    }

    private static async Task AssertProblem(HttpResponseMessage response, params HttpStatusCode[] allowed)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(allowed.Contains(response.StatusCode), $"{response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"status\"", text);
    }

    public static TheoryData<string, string, string?> AuthenticatedBadRequests => new()
    {
        { "POST", "/api/submissions", "{not json" },
        { "POST", "/api/submissions", "{\"problemId\": 5, \"source\": []}" },
        { "POST", "/api/submissions", "{}" },
        { "POST", "/api/submissions", "{\"problemId\": \"softmax\"}" },
        { "POST", "/api/submissions", "{\"problemId\": \"../../etc/passwd\", \"source\": \"x\"}" },
        { "POST", "/api/submissions", "{\"problemId\": \"softmax'; drop table users; --\", \"source\": \"x\"}" },
        { "POST", "/api/submissions", "{\"problemId\": \"softmax\", \"source\": \"\\u0000\\u0001\"}" },
        { "POST", "/api/runs", "[1, 2, 3]" },
        { "POST", "/api/runs", "null" },
        { "GET", "/api/submissions/999999999", null },
        { "GET", "/api/submissions/abc", null },
        { "GET", "/api/submissions/-1", null },
        { "GET", "/api/problems/..%2F..%2Fetc%2Fpasswd", null },
        { "GET", "/api/problems/%2e%2e", null },
        { "GET", "/api/problems/nope/leaderboard", null },
        { "POST", "/api/admin/problems/reload", null },
        { "POST", "/api/admin/submissions/1/rejudge", null },
        { "GET", "/api/does-not-exist", null },
    };

    [Theory]
    [MemberData(nameof(AuthenticatedBadRequests))]
    public async Task A_bad_request_from_a_student_gets_a_4xx_problem_details_answer(string method, string path, string? body)
    {
        using var student = await ApiUser.RegisterAsync(factory);
        await AssertProblem(await Send(student.Http, method, path, body),
            HttpStatusCode.BadRequest, HttpStatusCode.NotFound, HttpStatusCode.Forbidden, HttpStatusCode.UnsupportedMediaType);
    }

    public static TheoryData<string, string?> BadRegistrations => new()
    {
        { "{\"username\": \"ab\", \"password\": \"long enough\"}", "username" },
        { $"{{\"username\": \"{new string('a', 5000)}\", \"password\": \"long enough\"}}", "username" },
        { "{\"username\": \"robert'); drop table users;--\", \"password\": \"long enough\"}", "username" },
        { "{\"username\": \"valid_name\", \"password\": \"short\"}", "password" },
        { "{\"username\": \"ctl\\u0007char\", \"password\": \"long enough\"}", "username" },
        { "{\"username\": null, \"password\": null}", "username" },
        { "{\"username\": 12, \"password\": true}", null },
        { "\"just a string\"", null },
    };

    [Theory]
    [MemberData(nameof(BadRegistrations))]
    public async Task A_bad_registration_is_refused_naming_the_field(string body, string? field)
    {
        using var http = factory.Anonymous();
        var response = await Send(http, "POST", "/api/auth/register", body);
        await AssertProblem(response, HttpStatusCode.BadRequest);
        if (field is not null) Assert.Contains($"\"{field}\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Invalid_utf8_is_a_bad_request()
    {
        using var http = factory.Anonymous();
        var content = new ByteArrayContent([0x7b, 0x22, 0x75, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        await AssertProblem(await http.PostAsync("/api/auth/register", content), HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-jwt")]
    [InlineData("eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIiwidWlkIjoiMSIsInJvbGUiOiJpbnN0cnVjdG9yIn0.")]
    [InlineData("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ1aWQiOiIxIiwicm9sZSI6Imluc3RydWN0b3IiLCJleHAiOjE3MDAwMDAwMDB9.c2lnbmF0dXJl")]
    public async Task Forged_or_expired_tokens_are_unauthorized(string token)
    {
        using var http = factory.Anonymous();
        http.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", $"Bearer {token}");
        var response = await http.GetAsync("/api/submissions/1");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.PostAsync("/api/admin/problems/reload", null)).StatusCode);
    }

    [Fact]
    public async Task Wrong_passwords_and_unknown_users_get_the_same_answer()
    {
        using var user = await ApiUser.RegisterAsync(factory);
        using var http = factory.Anonymous();
        var wrong = await Send(http, "POST", "/api/auth/login", $"{{\"username\": \"{user.Username}\", \"password\": \"wrong password\"}}");
        var unknown = await Send(http, "POST", "/api/auth/login", "{\"username\": \"nobody_here_at_all\", \"password\": \"wrong password\"}");
        await AssertProblem(wrong, HttpStatusCode.Unauthorized);
        await AssertProblem(unknown, HttpStatusCode.Unauthorized);
        Assert.Equal(JsonDetail(await wrong.Content.ReadAsStringAsync()), JsonDetail(await unknown.Content.ReadAsStringAsync()));
    }

    private static string? JsonDetail(string json) => System.Text.Json.Nodes.JsonNode.Parse(json)?["detail"]?.GetValue<string>();
}
