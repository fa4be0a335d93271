using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dapper;
using MlJudge.Api.Tests.Support;

namespace MlJudge.Api.Tests;

/// <summary>
/// GET /api/problems/{id}/solutions: reference solutions and common mistakes open to a student only after their
/// Accepted submit, never while a contest with the problem takes submits, and always to instructors.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class SolutionVisibilityTests(ApiFactory factory)
{
    [Fact]
    public async Task A_student_sees_no_solutions_before_an_Accepted_submit_and_sees_them_after()
    {
        const string problem = "log-softmax";
        using var student = await ApiUser.RegisterAsync(factory);
        var before = await student.Http.GetAsync($"/api/problems/{problem}/solutions");
        Assert.Equal(HttpStatusCode.Forbidden, before.StatusCode);
        Assert.Equal("application/problem+json", before.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("Math.", await before.Content.ReadAsStringAsync());

        // A wrong submit and a run do not open them; only an Accepted submit does.
        await AddSubmissionAsync(student.Username, problem, "submit", "WrongAnswer");
        await AddSubmissionAsync(student.Username, problem, "run", "Accepted");
        Assert.Equal(HttpStatusCode.Forbidden, (await student.Http.GetAsync($"/api/problems/{problem}/solutions")).StatusCode);
        await AddSubmissionAsync(student.Username, problem, "submit", "Accepted");

        var solutions = (await student.Http.GetFromJsonAsync<JsonObject>($"/api/problems/{problem}/solutions"))!;
        var files = solutions["solutions"]!.AsArray();
        var onDisk = Directory.GetFiles(Path.Combine(ApiFactory.RepositoryRoot(), "problems", problem, "solutions", "accepted"), "*.cs");
        Assert.Equal(onDisk.Length, files.Count);
        Assert.Contains(files, f => f!["form"]!.GetValue<string>() == "class");
        Assert.Contains(files, f => f!["form"]!.GetValue<string>() == "script");
        Assert.Equal(await File.ReadAllTextAsync(onDisk.Order(StringComparer.Ordinal).First()), files[0]!["source"]!.GetValue<string>());
        var mistakes = solutions["mistakes"]!.AsArray();
        Assert.NotEmpty(mistakes);
        Assert.All(mistakes, m => Assert.False(string.IsNullOrWhiteSpace(m!["hintZh"]!.GetValue<string>())));
    }

    [Fact]
    public async Task An_instructor_always_sees_solutions()
    {
        using var instructor = await ApiUser.InstructorAsync(factory);
        var response = await instructor.Http.GetAsync("/api/problems/iou/solutions");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_running_contest_that_includes_the_problem_hides_solutions_from_a_student_who_solved_it_but_not_from_instructors()
    {
        const string problem = "hinge-loss";
        using var student = await ApiUser.RegisterAsync(factory);
        await AddSubmissionAsync(student.Username, problem, "submit", "Accepted");
        Assert.Equal(HttpStatusCode.OK, (await student.Http.GetAsync($"/api/problems/{problem}/solutions")).StatusCode);

        var contest = await AddContestAsync(problem, startsIn: TimeSpan.FromHours(-1), endsIn: TimeSpan.FromHours(1));
        var hidden = await student.Http.GetAsync($"/api/problems/{problem}/solutions");
        Assert.Equal(HttpStatusCode.Forbidden, hidden.StatusCode);
        Assert.Contains("contest", (await hidden.Content.ReadFromJsonAsync<JsonObject>())!["detail"]!.GetValue<string>());
        using var instructor = await ApiUser.InstructorAsync(factory);
        Assert.Equal(HttpStatusCode.OK, (await instructor.Http.GetAsync($"/api/problems/{problem}/solutions")).StatusCode);

        // Once the contest is closed they open again; an upcoming or ended contest never hides them.
        await using (var connection = await factory.Database.OpenConnectionAsync())
            await connection.ExecuteAsync("update contests set closed = true where id = @contest", new { contest });
        await AddContestAsync(problem, startsIn: TimeSpan.FromHours(1), endsIn: TimeSpan.FromHours(2));
        await AddContestAsync(problem, startsIn: TimeSpan.FromHours(-3), endsIn: TimeSpan.FromHours(-2));
        Assert.Equal(HttpStatusCode.OK, (await student.Http.GetAsync($"/api/problems/{problem}/solutions")).StatusCode);
    }

    [Fact]
    public async Task Anonymous_callers_and_unknown_problems_get_problem_documents()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.Anonymous().GetAsync("/api/problems/softmax/solutions")).StatusCode);
        using var student = await ApiUser.RegisterAsync(factory);
        var missing = await student.Http.GetAsync("/api/problems/no-such-problem/solutions");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_problem_detail_serves_no_solution_source()
    {
        var detail = await factory.Anonymous().GetStringAsync("/api/problems/log-softmax");
        var reference = await File.ReadAllTextAsync(Path.Combine(ApiFactory.RepositoryRoot(), "problems", "log-softmax", "solutions", "accepted", "reference.cs"));
        var body = reference.Split('\n').Select(l => l.Trim()).First(l => l.Contains("Math.", StringComparison.Ordinal));
        Assert.DoesNotContain(body, detail);
    }

    private async Task AddSubmissionAsync(string username, string problem, string kind, string verdict)
    {
        await using var connection = await factory.Database.OpenConnectionAsync();
        await connection.ExecuteAsync("""
            insert into submissions (user_id, problem_id, kind, source, status, verdict, finished_at)
            select id, @problem, @kind, '', 'Finished', @verdict, now() from users where username = @username
            """, new { username, problem, kind, verdict });
    }

    private async Task<long> AddContestAsync(string problem, TimeSpan startsIn, TimeSpan endsIn)
    {
        await using var connection = await factory.Database.OpenConnectionAsync();
        var id = await connection.ExecuteScalarAsync<long>("""
            insert into contests (title, starts_at, ends_at, scoring, late_policy, created_by)
            select 'visibility', now() + @startsIn, now() + @endsIn, 'Icpc', 'None', id from users where username = @instructor
            returning id
            """, new { startsIn, endsIn, instructor = ApiFactory.Instructor });
        await connection.ExecuteAsync("insert into contest_problems (contest_id, problem_id, position, points) values (@id, @problem, 1, 100)", new { id, problem });
        return id;
    }
}
