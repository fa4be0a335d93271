using System.Net;
using System.Text;
using MlJudge.Server.Tests.Support;

namespace MlJudge.Server.Tests;

/// <summary>
/// Kestrel's own request limits, which only a real server process applies (the in-process tier in
/// MlJudge.Api.Tests carries the other bad-input tests).
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class BadInputTests(ServerFixture fixture)
{
    private static async Task<HttpResponseMessage> Send(HttpClient http, string method, string path, string? body, bool expectContinue = false)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (body is not null) request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        // A body the server refuses by its Content-Length alone is answered before it is sent when the client asks
        // first (Expect: 100-continue); without that, the refusal can arrive while the client is still writing.
        request.Headers.ExpectContinue = expectContinue;
        return await http.SendAsync(request);
    }

    private static async Task AssertProblem(HttpResponseMessage response, params HttpStatusCode[] allowed)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(allowed.Contains(response.StatusCode), $"{response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"status\"", text);
    }

    [Fact]
    public async Task Oversized_bodies_and_sources_are_refused()
    {
        await using var student = await JudgeApiClient.RegisterAsync(fixture.Server);
        var huge = $"{{\"problemId\": \"softmax\", \"source\": \"{new string('x', 2 * 1024 * 1024)}\"}}";
        await AssertProblem(await Send(student.Http, "POST", "/api/submissions", huge, expectContinue: true), HttpStatusCode.RequestEntityTooLarge);
        var tooLong = $"{{\"problemId\": \"softmax\", \"source\": \"{new string('x', 70 * 1024)}\"}}";
        var response = await Send(student.Http, "POST", "/api/submissions", tooLong);
        await AssertProblem(response, HttpStatusCode.BadRequest);
        Assert.Contains("64 KiB", await response.Content.ReadAsStringAsync());
    }
}
