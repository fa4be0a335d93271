using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using MlJudge.Engine.Compilation;
using MlJudge.Server.Auth;
using MlJudge.Server.Contests;
using MlJudge.Server.Problems;

namespace MlJudge.Server.Submissions;

public static class SubmissionEndpoints
{
    public const string RateLimitPolicy = "submissions";

    public static IEndpointRouteBuilder MapSubmissions(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/submissions", (SubmitRequest body, ClaimsPrincipal user, ProblemCatalogService problems, SubmissionStore store, ContestSubmissionGate contests, CancellationToken ct)
            => CreateAsync(body, SubmissionKind.Submit, user, problems, store, contests, ct)).RequireAuthorization().RequireRateLimiting(RateLimitPolicy);
        app.MapPost("/api/runs", (SubmitRequest body, ClaimsPrincipal user, ProblemCatalogService problems, SubmissionStore store, ContestSubmissionGate contests, CancellationToken ct)
            => CreateAsync(body, SubmissionKind.Run, user, problems, store, contests, ct)).RequireAuthorization().RequireRateLimiting(RateLimitPolicy);

        var group = app.MapGroup("/api/submissions").RequireAuthorization();
        group.MapGet("/{id:long}", GetAsync);
        group.MapGet("/", ListAsync);
        return app;
    }

    private static async Task<Results<Accepted<SubmissionCreated>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        SubmitRequest body, SubmissionKind kind, ClaimsPrincipal user, ProblemCatalogService problems, SubmissionStore store, ContestSubmissionGate contests,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrEmpty(body.ProblemId) || problems.Find(body.ProblemId) is null)
            errors["problemId"] = [$"no problem with id '{Truncate(body.ProblemId)}'"];
        if (SourceError(body.Source) is { } sourceError)
            errors["source"] = [sourceError];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        // Runs never count for a contest; a submit does only inside the contest's window (decided now, at acceptance).
        ContestEntry? entry = null;
        if (body.ContestId is { } contestId && kind == SubmissionKind.Submit)
        {
            var (admitted, refusal) = await contests.AdmitAsync(contestId, body.ProblemId!, user, cancellationToken);
            if (refusal is not null) return refusal;
            entry = admitted;
        }
        var id = await store.CreateAsync(user.UserId(), body.ProblemId!, kind, body.Source!, entry, cancellationToken);
        return TypedResults.Accepted($"/api/submissions/{id}", new SubmissionCreated(id, entry?.ContestId, entry?.Late ?? false));
    }

    /// <summary>What is wrong with a submitted source, or null: the same rule for submits, runs and custom runs.</summary>
    internal static string? SourceError(string? source) =>
        string.IsNullOrWhiteSpace(source) ? "must not be empty"
        : System.Text.Encoding.UTF8.GetByteCount(source) > SourceScreen.MaxSourceBytes ? $"must be at most {SourceScreen.MaxSourceBytes / 1024} KiB"
        : source.Contains('\0') ? "must not contain NUL characters"
        : null;

    private static string Truncate(string? text) => text is null ? "" : text.Length > 64 ? text[..64] + "…" : text;

    private static async Task<Results<Ok<SubmissionDetail>, ProblemHttpResult>> GetAsync(long id, ClaimsPrincipal user, SubmissionStore store, CancellationToken cancellationToken)
    {
        var row = await store.GetAsync(id, cancellationToken);
        // Someone else's submission is indistinguishable from a missing one.
        if (row is null || row.UserId != user.UserId() && !user.IsInstructor())
            return TypedResults.Problem(statusCode: 404, title: "Submission not found", detail: $"There is no submission {id} you can see.");
        return TypedResults.Ok(ResultVisibility.Detail(row, await store.GetTestsAsync(id, cancellationToken), ResultVisibility.SeesEverything(user)));
    }

    private static async Task<Ok<IReadOnlyList<SubmissionSummary>>> ListAsync(
        ClaimsPrincipal user, SubmissionStore store, string? problemId, bool? mine, int? limit, CancellationToken cancellationToken)
    {
        long? owner = mine == true || !user.IsInstructor() ? user.UserId() : null;
        return TypedResults.Ok(await store.ListAsync(owner, problemId, Math.Clamp(limit ?? 50, 1, 200), ResultVisibility.SeesEverything(user), cancellationToken));
    }
}
