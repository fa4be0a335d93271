using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MlJudge.Server.Tests.Support;
using static MlJudge.Server.Tests.Accounts.RawHttp;

namespace MlJudge.Server.Tests.Accounts;

/// <summary>Issue 11, item 13: on a fresh deployment nobody becomes instructor by registering; the operator makes instructors.</summary>
public sealed class InstructorBootstrapTests
{
    private static async Task<(int ExitCode, string Output)> RunInstructorCommandAsync(ServerProcess server, string stdin, params string[] arguments)
    {
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(ServerProcess.RepositoryRoot(), "src", "MlJudge.Server", "bin", configuration, "net10.0", "MlJudge.Server.dll"));
        info.ArgumentList.Add("instructor");
        foreach (var a in arguments) info.ArgumentList.Add(a);
        info.Environment["ConnectionStrings__MlJudge"] = server.ConnectionString;
        info.Environment["MlJudge__DataPath"] = server.DataPath;
        using var process = Process.Start(info)!;
        await process.StandardInput.WriteLineAsync(stdin);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(120));
        return (process.ExitCode, await output + await error);
    }

    private static async Task<string> RoleAsync(HttpClient http, string username, string password)
    {
        var login = await http.PostAsJsonAsync("/api/auth/login", new { username, password });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        return (await login.Content.ReadFromJsonAsync<JsonObject>())!["role"]!.GetValue<string>();
    }

    [Fact]
    public async Task The_first_user_is_a_student_and_the_instructor_command_creates_and_promotes_instructors()
    {
        await using var server = await ServerProcess.StartAsync(workers: 0);
        using var http = From(server);
        var first = NewName("first");
        Assert.Equal(HttpStatusCode.Created, (await PostJson(http, "/api/auth/register", Body(first, Password))).StatusCode);
        Assert.Equal("student", await RoleAsync(http, first, Password));

        var boss = NewName("boss");
        var (code, output) = await RunInstructorCommandAsync(server, "a long boss password", "add", boss);
        Assert.True(code == 0, output);
        Assert.Equal("instructor", await RoleAsync(http, boss.ToUpperInvariant(), "a long boss password"));

        // Promotion ends the user's sessions, so the new role is in every token they hold from now on.
        var before = await LoginAsync(http, first);
        (code, output) = await RunInstructorCommandAsync(server, "", "promote", first.ToUpperInvariant());
        Assert.True(code == 0, output);
        // The command is another process: the server notices within its session cache time (10 s by default).
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while ((await MeAsync(server, before)).StatusCode != HttpStatusCode.Unauthorized)
        {
            Assert.True(DateTime.UtcNow < deadline, "the promoted user's old token still works after the session cache time");
            await Task.Delay(500);
        }
        Assert.Equal("instructor", await RoleAsync(http, first, Password));

        (code, _) = await RunInstructorCommandAsync(server, "", "promote", "nobody_by_that_name");
        Assert.Equal(1, code);
        (code, _) = await RunInstructorCommandAsync(server, "a long password", "add", "bad\nname");
        Assert.Equal(2, code);
    }
}
