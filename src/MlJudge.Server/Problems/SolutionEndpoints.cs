using System.Security.Claims;
using System.Text.RegularExpressions;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MlJudge.Server.Auth;
using Npgsql;

namespace MlJudge.Server.Problems;

/// <param name="Form">"class" (a class with the method) or "script" (top-level methods).</param>
public sealed record SolutionFile(string File, string Form, string Source);

public sealed record MistakeHint(string Id, string HintEn, string HintZh);

public sealed record ProblemSolutions(string ProblemId, IReadOnlyList<SolutionFile> Solutions, IReadOnlyList<MistakeHint> Mistakes);

/// <summary>
/// After solving: the reference solutions (every file of solutions/accepted) and the common mistakes with their hints.
/// Served to instructors always; to anyone else only once they have an Accepted submit on the problem, and never while a
/// contest that includes the problem still takes submits that count (running, or in its late window) — for everyone
/// who is not an instructor, participant or not, since a solution shown to one person is shown to all of their friends.
/// This is the only endpoint that serves them.
/// </summary>
public static partial class SolutionEndpoints
{
    public static IEndpointRouteBuilder MapSolutions(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/problems/{id}/solutions").RequireAuthorization().MapGet("/", GetAsync);
        return app;
    }

    private static async Task<Results<Ok<ProblemSolutions>, ProblemHttpResult>> GetAsync(
        string id, ClaimsPrincipal user, ProblemCatalogService problems, NpgsqlDataSource database, TimeProvider time, CancellationToken cancellationToken)
    {
        if (problems.Find(id) is not { } problem)
            return TypedResults.Problem(statusCode: 404, title: "Problem not found", detail: $"There is no problem '{(id.Length > 64 ? id[..64] + "…" : id)}'.");
        if (!user.IsInstructor())
        {
            await using var connection = await database.OpenConnectionAsync(cancellationToken);
            var (solved, inContest) = await connection.QuerySingleAsync<(bool, bool)>(new CommandDefinition("""
                select exists (select 1 from submissions where user_id = @userId and problem_id = @id and kind = 'submit' and verdict = 'Accepted'),
                       exists (select 1 from contest_problems cp join contests c on c.id = cp.contest_id
                               where cp.problem_id = @id and not c.closed and c.starts_at <= @now
                                 and (c.ends_at > @now or c.late_policy = 'Penalty' and c.late_until > @now))
                """, new { userId = user.UserId(), id = problem.Id, now = time.GetUtcNow().UtcDateTime }, cancellationToken: cancellationToken));
            if (inContest)
                return TypedResults.Problem(statusCode: 403, title: "Hidden during a contest",
                    detail: "A contest that includes this problem is running; its solutions and common mistakes open when the contest ends.");
            if (!solved)
                return TypedResults.Problem(statusCode: 403, title: "Solve it first",
                    detail: "The reference solutions and the common mistakes open once you have an Accepted submission on this problem.");
        }
        var folder = Path.Combine(problem.FolderPath, "solutions", "accepted");
        var files = new List<SolutionFile>();
        foreach (var path in Directory.GetFiles(folder, "*.cs").Order(StringComparer.Ordinal))
        {
            var source = await File.ReadAllTextAsync(path, cancellationToken);
            files.Add(new SolutionFile(Path.GetFileName(path), ClassForm().IsMatch(source) ? "class" : "script", source));
        }
        return TypedResults.Ok(new ProblemSolutions(problem.Id, files, problem.Mistakes.Select(m => new MistakeHint(m.Id, m.HintEn, m.HintZh)).ToList()));
    }

    // A type declared at the start of a line (class form); script form has only top-level methods.
    [GeneratedRegex(@"^\s*(public\s+|internal\s+)?(static\s+|sealed\s+)?class\s+\w+", RegexOptions.Multiline)]
    private static partial Regex ClassForm();
}
