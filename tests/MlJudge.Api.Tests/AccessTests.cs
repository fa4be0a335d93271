using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using MlJudge.Api.Tests.Support;

namespace MlJudge.Api.Tests;

/// <summary>Who sees what: listings, other users' submissions, instructor-only endpoints, rate limits.</summary>
[Collection(ApiCollection.Name)]
public sealed class AccessTests(ApiFactory factory)
{
    private static readonly string[] Difficulties = ["easy", "medium", "hard"];

    [Fact]
    public async Task The_problem_list_names_every_problem_folder_with_both_titles()
    {
        using var dana = await ApiUser.RegisterAsync(factory);
        var folders = Directory.GetDirectories(Path.Combine(ApiFactory.RepositoryRoot(), "problems")).Select(Path.GetFileName).Order(StringComparer.Ordinal);

        var listed = (await dana.Http.GetFromJsonAsync<JsonArray>("/api/problems"))!.Select(p => p!.AsObject()).ToList();

        Assert.Equal(folders, listed.Select(p => p["id"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.All(listed, p =>
        {
            Assert.False(string.IsNullOrWhiteSpace(p["title"]!.GetValue<string>()));
            Assert.Contains(p["titleZh"]!.GetValue<string>(), c => c >= '\u4e00' && c <= '\u9fff');
            Assert.Contains(p["difficulty"]!.GetValue<string>(), Difficulties);
        });
    }

    [Fact]
    public async Task Another_users_submission_is_refused_over_http_and_over_the_hub()
    {
        using var owner = await ApiUser.RegisterAsync(factory);
        using var other = await ApiUser.RegisterAsync(factory);
        var id = await owner.SubmitAsync("softmax", ApiUser.StableSoftmax);

        var response = await other.Http.GetAsync($"/api/submissions/{id}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("Softmax", await response.Content.ReadAsStringAsync());

        await using var hub = await other.ConnectHubAsync();
        await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync("Subscribe", id));
        var mine = await other.Http.GetFromJsonAsync<JsonArray>("/api/submissions?mine=true");
        Assert.Empty(mine!);
    }

    [Fact]
    public async Task Students_cannot_reload_rejudge_or_read_metrics()
    {
        using var student = await ApiUser.RegisterAsync(factory);
        var id = await student.SubmitAsync("softmax", ApiUser.StableSoftmax);

        Assert.Equal(HttpStatusCode.Forbidden, (await student.Http.PostAsync("/api/admin/problems/reload", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await student.Http.PostAsync($"/api/admin/submissions/{id}/rejudge", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await student.Http.GetAsync("/metrics")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.Anonymous().GetAsync("/metrics")).StatusCode);
    }

    [Fact]
    public async Task Instructors_read_the_judge_metrics_in_prometheus_format()
    {
        using var instructor = await ApiUser.InstructorAsync(factory);
        var response = await instructor.Http.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("mljudge_queue_depth", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_problem_version_a_submission_was_judged_against_is_shown_to_instructors_only()
    {
        using var student = await ApiUser.RegisterAsync(factory);
        using var instructor = await ApiUser.InstructorAsync(factory);
        var id = await student.SubmitAsync("softmax", ApiUser.StableSoftmax);
        // No workers here: record the hash as a worker would when it claims the submission.
        await using (var command = factory.Database.CreateCommand($"update submissions set problem_hash = 'abc123' where id = {id}"))
            await command.ExecuteNonQueryAsync();

        var seenByStudent = (await student.Http.GetFromJsonAsync<JsonObject>($"/api/submissions/{id}"))!;
        var seenByInstructor = (await instructor.Http.GetFromJsonAsync<JsonObject>($"/api/submissions/{id}"))!;

        Assert.Null(seenByStudent["problemHash"]);
        Assert.Equal("abc123", seenByInstructor["problemHash"]!.GetValue<string>());
    }

    [Fact]
    public async Task Submitting_too_fast_is_rate_limited_with_a_problem_details_answer()
    {
        using var eager = await ApiUser.RegisterAsync(factory);
        HttpResponseMessage? last = null;
        for (var i = 0; i < ApiFactory.SubmissionsPerMinute + 1; i++)
            last = await eager.Http.PostAsJsonAsync("/api/runs", new { problemId = "softmax", source = ApiUser.StableSoftmax });
        Assert.Equal(HttpStatusCode.TooManyRequests, last!.StatusCode);
        Assert.Equal("application/problem+json", last.Content.Headers.ContentType?.MediaType);
    }
}
