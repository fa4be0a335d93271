using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MlJudge.Server.Tests.Support;
using static MlJudge.Server.Tests.Accounts.RawHttp;

namespace MlJudge.Server.Tests.Accounts;

/// <summary>Issue 11, items 9-11 and 14: names, hostile characters, and sessions that end when they should.</summary>
[Collection(AccountsCollection.Name)]
public sealed class AccountSecurityTests(AccountsFixture fixture)
{
    private ServerProcess Server => fixture.Server;

    [Fact]
    public async Task A_name_equal_to_a_registered_one_up_to_case_or_confusables_cannot_be_registered()
    {
        using var http = From(Server);
        var name = NewName("Prof_");
        Assert.Equal(HttpStatusCode.Created, (await PostJson(http, "/api/auth/register", Body(name, Password))).StatusCode);
        foreach (var lookalike in new[] { name.ToUpperInvariant(), name.ToLowerInvariant(), name.Replace("o", "0"), name.Replace("P", "p").Replace("f", "F") })
            await AssertProblemAsync(await PostJson(http, "/api/auth/register", Body(lookalike, Password)), HttpStatusCode.Conflict);
        // Login is case-insensitive too: there is one account, whatever case it is typed in.
        await LoginAsync(http, name.ToUpperInvariant());
    }

    [Fact]
    public async Task Registering_the_configured_instructor_name_in_another_case_does_not_make_a_second_instructor()
    {
        using var http = From(Server);
        // The configured name is "teacher"; whoever holds it is the one instructor account.
        await PostJson(http, "/api/auth/register", Body(ServerProcess.Instructor, "instructor password"));
        var second = await PostJson(http, "/api/auth/register", Body(ServerProcess.Instructor.ToUpperInvariant(), "another password"));
        await AssertProblemAsync(second, HttpStatusCode.Conflict);
        // The other case logs in to the same account (with its password), not to a new one.
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.PostAsJsonAsync("/api/auth/login", new { username = "TEACHER", password = "another password" })).StatusCode);
    }

    [Theory]
    [InlineData("race1\n")]
    [InlineData("race1\r\n")]
    [InlineData("\nrace1")]
    [InlineData("ra\tce1")]
    [InlineData("race\u00851")]
    [InlineData("rаce1")] // Cyrillic а
    [InlineData("race1\u200b")]
    public async Task A_name_with_a_newline_control_or_non_ascii_character_is_refused(string name)
    {
        using var http = From(Server);
        var response = await PostJson(http, "/api/auth/register", Body(name.Replace("1", NewName("")), Password));
        await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("\"username\"", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/api/submissions?problemId=%00")]
    [InlineData("/api/submissions?problemId=softmax%0A")]
    [InlineData("/api/submissions?problemId=soft%01max&mine=true")]
    [InlineData("/api/submissions?%00=1")]
    [InlineData("/api/problems?x=%00")]
    [InlineData("/api/problems/soft%01max")]
    [InlineData("/api/problems/softmax/leaderboard?%7F=%7F")]
    public async Task Control_characters_and_nul_in_a_query_or_route_are_a_400_problem_without_a_logged_stack_trace(string path)
    {
        await using var student = await JudgeApiClient.RegisterAsync(Server);
        var mark = Server.Output.Count;
        var response = await student.Http.GetAsync(path);
        await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        await Task.Delay(1000); // the console logger writes asynchronously
        Assert.Empty(ErrorLines(Server, mark));
    }

    [Theory]
    [InlineData("/api/auth/login", "{\"username\":\"a\\u0000b\",\"password\":\"whatever password\"}")]
    [InlineData("/api/auth/login", "{\"username\":\"teacher\",\"password\":\"pass\\u0000word\"}")]
    [InlineData("/api/auth/register", "{\"username\":\"nul\\u0000name\",\"password\":\"long enough\"}")]
    [InlineData("/api/auth/register", "{\"username\":\"nulpassword\",\"password\":\"long\\u0000enough\"}")]
    [InlineData("/api/submissions", "{\"problemId\":\"soft\\u0000max\",\"source\":\"x\"}")]
    [InlineData("/api/runs", "{\"problemId\":\"softmax\\u0000\",\"source\":\"double[] Softmax(double[] l) => l;\"}")]
    public async Task Nul_in_any_json_string_is_a_4xx_problem_never_a_server_error(string path, string json)
    {
        await using var student = await JudgeApiClient.RegisterAsync(Server);
        var mark = Server.Output.Count;
        await AssertProblemAsync(await PostJson(student.Http, path, json), HttpStatusCode.BadRequest, HttpStatusCode.Unauthorized);
        await Task.Delay(1000); // the console logger writes asynchronously
        Assert.Empty(ErrorLines(Server, mark));
    }

    [Fact]
    public async Task Logout_revokes_every_token_of_the_user_at_once()
    {
        await using var user = await JudgeApiClient.RegisterAsync(Server);
        using var http = From(Server);
        var other = await LoginAsync(http, user.Username);
        Assert.Equal(HttpStatusCode.OK, (await MeAsync(Server, other)).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await user.Http.PostAsync("/api/auth/logout", null)).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await MeAsync(Server, user.Token)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await MeAsync(Server, other)).StatusCode);
        // Logging in again works and gives a token that is valid.
        Assert.Equal(HttpStatusCode.OK, (await MeAsync(Server, await LoginAsync(http, user.Username))).StatusCode);
    }

    [Fact]
    public async Task A_password_change_revokes_earlier_tokens_and_the_old_password()
    {
        await using var user = await JudgeApiClient.RegisterAsync(Server);
        using var http = From(Server);
        var before = await LoginAsync(http, user.Username);

        var wrong = await user.Http.PostAsJsonAsync("/api/auth/password", new { currentPassword = "not my password", newPassword = "a brand new password" });
        await AssertProblemAsync(wrong, HttpStatusCode.Forbidden);
        var changed = await user.Http.PostAsJsonAsync("/api/auth/password", new { currentPassword = Password, newPassword = "a brand new password" });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var fresh = (await changed.Content.ReadFromJsonAsync<JsonObject>())!["token"]!.GetValue<string>();

        Assert.Equal(HttpStatusCode.Unauthorized, (await MeAsync(Server, before)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await MeAsync(Server, user.Token)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await MeAsync(Server, fresh)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.PostAsJsonAsync("/api/auth/login", new { username = user.Username, password = Password })).StatusCode);
        await LoginAsync(http, user.Username, "a brand new password");
    }

    [Fact]
    public async Task Tokens_last_hours_not_days()
    {
        using var http = From(Server);
        var name = NewName();
        await PostJson(http, "/api/auth/register", Body(name, Password));
        var login = await (await http.PostAsJsonAsync("/api/auth/login", new { username = name, password = Password })).Content.ReadFromJsonAsync<JsonObject>();
        var lifetime = login!["expiresAt"]!.GetValue<DateTimeOffset>() - DateTimeOffset.UtcNow;
        Assert.InRange(lifetime, TimeSpan.FromHours(1), TimeSpan.FromHours(12.1));
    }
}
