using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MlJudge.Server.Tests.Support;

namespace MlJudge.Server.Tests;

/// <summary>One catalog across processes: the server publishes problem folders, separate `--worker` processes follow.</summary>
public sealed class CatalogReloadTests : IDisposable
{
    private readonly string _problems = Path.Combine(Path.GetTempPath(), "mljudge-problems-" + Guid.NewGuid().ToString("N"));

    public CatalogReloadTests()
    {
        var source = Path.Combine(ServerProcess.RepositoryRoot(), "problems", "softmax");
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_problems, "softmax", Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [Fact]
    public async Task A_rejudge_after_a_reload_uses_the_new_tests_in_a_separate_worker_process()
    {
        await using var server = await ServerProcess.StartAsync(workers: 0, problemsPath: _problems);
        server.StartWorker();
        // The first user becomes an instructor: register the instructor first so the student is one.
        using var instructor = await InstructorAsync(server);
        await using var student = await JudgeApiClient.RegisterAsync(server);

        var id = await student.SubmitAsync("softmax", JudgeApiClient.StableSoftmax);
        await student.WaitFinishedAsync(id, TimeSpan.FromSeconds(120));
        var before = (await instructor.GetFromJsonAsync<JsonObject>($"/api/submissions/{id}"))!;
        Assert.Equal("Accepted", before["verdict"]!.GetValue<string>());

        // Fix the folder the way an instructor would: here, a new hidden test the old solution fails.
        await File.WriteAllTextAsync(Path.Combine(_problems, "softmax", "tests", "hidden", "99-added.json"),
            """{ "args": {"logits": [0, 0]}, "expected": [0.25, 0.75] }""");
        (await instructor.PostAsync("/api/admin/problems/reload", null)).EnsureSuccessStatusCode();
        (await instructor.PostAsync($"/api/admin/submissions/{id}/rejudge", null)).EnsureSuccessStatusCode();

        var after = await WaitFinishedAsync(instructor, id);
        Assert.Equal("WrongAnswer", after["verdict"]!.GetValue<string>());
        Assert.Equal(before["total"]!.GetValue<int>() + 1, after["total"]!.GetValue<int>());
        Assert.NotEqual(before["problemHash"]!.GetValue<string>(), after["problemHash"]!.GetValue<string>());
        // The student sees the verdict, but not which folder version produced it.
        Assert.Null((await student.GetSubmissionAsync(id))["problemHash"]);
    }

    private static async Task<HttpClient> InstructorAsync(ServerProcess server)
    {
        var http = new HttpClient { BaseAddress = server.BaseAddress };
        var credentials = new { username = ServerProcess.Instructor, password = "instructor password" };
        await http.PostAsJsonAsync("/api/auth/register", credentials);
        var token = (await (await http.PostAsJsonAsync("/api/auth/login", credentials)).Content.ReadFromJsonAsync<JsonObject>())!["token"]!.GetValue<string>();
        http.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return http;
    }

    private static async Task<JsonObject> WaitFinishedAsync(HttpClient http, long id)
    {
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (true)
        {
            var submission = (await http.GetFromJsonAsync<JsonObject>($"/api/submissions/{id}"))!;
            if (submission["status"]!.GetValue<string>() == "Finished") return submission;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"submission {id} still {submission["status"]}");
            await Task.Delay(200);
        }
    }

    public void Dispose()
    {
        try { Directory.Delete(_problems, recursive: true); }
        catch (IOException) { }
    }
}
