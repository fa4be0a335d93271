using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using MlJudge.Server.Admin;
using MlJudge.Server.Auth;
using MlJudge.Server.Problems;
using MlJudge.Server.Submissions;

namespace MlJudge.Server.Contests;

/// <summary>/api/contests: instructors create and manage; signed-in users list, join, follow the board.</summary>
public static class ContestEndpoints
{
    public static RouteGroupBuilder MapContests(this RouteGroupBuilder group)
    {
        group.RequireAuthorization();
        group.MapGet("/", ListAsync);
        group.MapGet("/{id:long}", GetAsync);
        group.MapPost("/{id:long}/join", JoinAsync);
        group.MapGet("/{id:long}/problems", ProblemsAsync);
        group.MapGet("/{id:long}/scoreboard", ScoreboardAsync);
        group.MapGet("/{id:long}/submissions", SubmissionsAsync);

        var manage = group.MapGroup("").RequireAuthorization(AdminEndpoints.InstructorPolicy);
        manage.MapPost("/", CreateAsync);
        manage.MapPut("/{id:long}", ReplaceAsync);
        manage.MapPatch("/{id:long}", AmendAsync);
        manage.MapPost("/{id:long}/unfreeze", UnfreezeAsync);
        manage.MapPost("/{id:long}/rejudge", RejudgeAsync);
        manage.MapGet("/{id:long}/export.csv", ExportAsync);
        return group;
    }

    private static ProblemHttpResult NotFound(long id) =>
        TypedResults.Problem(statusCode: 404, title: "Contest not found", detail: $"There is no contest {id} you can see.");

    private static async Task<Ok<IReadOnlyList<ContestSummary>>> ListAsync(ClaimsPrincipal user, ContestStore store, TimeProvider time, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var rows = await store.ListAsync(user.UserId(), ct);
        return TypedResults.Ok<IReadOnlyList<ContestSummary>>(rows.Select(r => new ContestSummary(r.Contest.Id, r.Contest.Title, r.Contest.StartsAt,
            r.Contest.EndsAt, r.Contest.FreezeAt, r.Contest.ScoringMode, r.Contest.PhaseAt(now), r.Contest.JoinCode is not null, r.Joined, r.Participants)).ToList());
    }

    private static async Task<Results<Ok<ContestDetail>, ProblemHttpResult>> GetAsync(long id, ClaimsPrincipal user, ContestAccessService access, ContestStore store, CancellationToken ct)
    {
        if (await access.ForAsync(id, user, ct) is not { } a) return NotFound(id);
        var c = a.Contest;
        var problems = a.CanSeeProblems ? await store.ProblemsAsync(id, ct) : [];
        return TypedResults.Ok(new ContestDetail(c.Id, c.Title, c.Description, c.StartsAt, c.EndsAt, c.FreezeAt, c.Unfrozen, c.Closed, c.ScoringMode,
            c.Late, c.LateFactor, c.LateUntil, a.Phase, c.JoinCode is not null, a.Instructor ? c.JoinCode : null, a.Joined, a.Now, problems));
    }

    private static async Task<Results<Created<ContestCreated>, ValidationProblem>> CreateAsync(
        ContestRequest body, ClaimsPrincipal user, ProblemCatalogService catalog, ContestStore store, CancellationToken ct)
    {
        var (contest, errors) = ContestValidator.Validate(body, catalog);
        if (contest is null) return TypedResults.ValidationProblem(errors);
        var id = await store.CreateAsync(contest, user.UserId(), ct);
        return TypedResults.Created($"/api/contests/{id}", new ContestCreated(id));
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> ReplaceAsync(
        long id, ContestRequest body, ProblemCatalogService catalog, ContestStore store, CancellationToken ct)
    {
        if (await store.GetAsync(id, ct) is null) return NotFound(id);
        var (contest, errors) = ContestValidator.Validate(body, catalog);
        if (contest is null) return TypedResults.ValidationProblem(errors);
        return await store.ReplaceBeforeStartAsync(id, contest, ct)
            ? TypedResults.NoContent()
            : TypedResults.Problem(statusCode: 409, title: "Contest already started",
                detail: "A started contest can only get a later end time, be closed (PATCH) or be unfrozen.");
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> AmendAsync(
        long id, ContestAmendment body, ContestStore store, CancellationToken ct)
    {
        if (await store.GetAsync(id, ct) is not { } contest) return NotFound(id);
        if (body.EndsAt is { } end && end.UtcDateTime < contest.EndsAt)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["endsAt"] = ["can only move later; close the contest to end it now"] });
        await store.AmendAsync(id, body.EndsAt?.UtcDateTime, body.Close == true, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> UnfreezeAsync(long id, ContestStore store, CancellationToken ct) =>
        await store.UnfreezeAsync(id, ct) ? TypedResults.NoContent() : NotFound(id);

    private static async Task<Results<Accepted<RejudgeResponse>, ProblemHttpResult>> RejudgeAsync(
        long id, string? problemId, ContestStore contests, SubmissionStore submissions, CancellationToken ct)
    {
        if (await contests.GetAsync(id, ct) is null) return NotFound(id);
        var ids = await contests.SubmissionIdsAsync(id, problemId, ct);
        var requeued = await submissions.RequeueAsync(ids, ct);
        return TypedResults.Accepted($"/api/contests/{id}/scoreboard", new RejudgeResponse(requeued));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> JoinAsync(
        long id, JoinRequest? body, ClaimsPrincipal user, ContestAccessService access, ContestStore store, CancellationToken ct)
    {
        if (await access.ForAsync(id, user, ct) is not { } a) return NotFound(id);
        if (a.Phase == ContestPhase.Ended)
            return TypedResults.Problem(statusCode: 409, title: "Contest over", detail: "The contest has ended; its problems stay open for practice.");
        if (a.Contest.JoinCode is { } code && !CodesMatch(code, body?.Code))
            return TypedResults.Problem(statusCode: 403, title: "Wrong join code", detail: "This contest needs the join code your instructor gave you.");
        await store.JoinAsync(id, user.UserId(), ct);
        return TypedResults.NoContent();
    }

    // Constant-time, so response times do not reveal how much of a guessed code was right.
    private static bool CodesMatch(string expected, string? given) =>
        given is not null && System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.UTF8.GetBytes(expected), System.Text.Encoding.UTF8.GetBytes(given.Trim()));

    private static async Task<Results<Ok<IReadOnlyList<ContestProblemDto>>, ProblemHttpResult>> ProblemsAsync(
        long id, ClaimsPrincipal user, ContestAccessService access, ContestStore store, CancellationToken ct)
    {
        if (await access.ForAsync(id, user, ct) is not { } a || !a.CanSeeBoard) return NotFound(id);
        if (!a.CanSeeProblems)
            return TypedResults.Problem(statusCode: 403, title: "Problems hidden",
                detail: a.Phase == ContestPhase.Upcoming ? "The problem set is shown when the contest starts." : "Join the contest to see its problems.");
        return TypedResults.Ok(await store.ProblemsAsync(id, ct));
    }

    private static async Task<Results<Ok<ScoreboardDto>, ProblemHttpResult>> ScoreboardAsync(
        long id, ClaimsPrincipal user, ContestAccessService access, ScoreboardCache boards, CancellationToken ct)
    {
        if (await access.ForAsync(id, user, ct) is not { CanSeeBoard: true } a) return NotFound(id);
        return TypedResults.Ok(await boards.GetAsync(a.Contest, user.UserId(), a.Cutoff, ct));
    }

    private static async Task<Results<Ok<IReadOnlyList<ContestSubmission>>, ProblemHttpResult>> SubmissionsAsync(
        long id, ClaimsPrincipal user, ContestAccessService access, ContestSubmissionsQuery query, CancellationToken ct)
    {
        if (await access.ForAsync(id, user, ct) is not { } a || !a.CanSeeBoard) return NotFound(id);
        // Students see their own submits only; nobody sees another participant's source through a contest.
        return TypedResults.Ok(await query.ListAsync(id, a.Instructor ? null : user.UserId(), ct));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportAsync(
        long id, ContestStore store, ScoreboardCache boards, CancellationToken ct)
    {
        if (await store.GetAsync(id, ct) is not { } contest) return NotFound(id);
        var board = await boards.GetAsync(contest, viewer: 0, cutoff: null, ct);
        return TypedResults.File(ContestCsv.Write(board), "text/csv; charset=utf-8; header=present", $"contest-{id}.csv");
    }
}

public sealed record RejudgeResponse(int Requeued);
