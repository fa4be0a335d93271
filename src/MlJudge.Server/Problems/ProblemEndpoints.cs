using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using MlJudge.Engine.Checking;
using MlJudge.Engine.Problems;
using MlJudge.Server.Auth;
using MlJudge.Server.Leaderboard;

namespace MlJudge.Server.Problems;

public sealed record ProblemSummary(string Id, string Title, string TitleZh, string Difficulty, IReadOnlyList<string> Tags, bool? Solved);

public sealed record SampleDto(string Name, JsonObject Args, JsonNode? Expected);

public sealed record ProblemDetail(
    string Id, string Title, string TitleZh, string Difficulty, IReadOnlyList<string> Tags, string Statement, string? StatementZh, string StarterCode,
    string Signature, EntryPoint EntryPoint, Limits Limits, CheckerKind Checker, IReadOnlyList<SampleDto> Samples, int HiddenTestCount,
    ProblemSource Source);

public static class ProblemEndpoints
{
    public static RouteGroupBuilder MapProblems(this RouteGroupBuilder group)
    {
        group.MapGet("/", ListAsync);
        group.MapGet("/{id}", Get);
        group.MapGet("/{id}/leaderboard", FastestAsync);
        return group;
    }

    private static async Task<Ok<List<ProblemSummary>>> ListAsync(ClaimsPrincipal user, ProblemCatalogService problems, LeaderboardStore leaderboard, CancellationToken cancellationToken)
    {
        IReadOnlySet<string>? solved = user.Identity?.IsAuthenticated == true ? await leaderboard.SolvedAsync(user.UserId(), cancellationToken) : null;
        return TypedResults.Ok(problems.Problems.Values.OrderBy(p => p.Id, StringComparer.Ordinal)
            .Select(p => new ProblemSummary(p.Id, p.Metadata.Title, p.Metadata.TitleZh, p.Metadata.Difficulty, p.Metadata.Tags, solved?.Contains(p.Id)))
            .ToList());
    }

    // Only samples ever leave the server; hidden tests are counted, never shown.
    private static Results<Ok<ProblemDetail>, ProblemHttpResult> Get(string id, ProblemCatalogService problems) =>
        problems.Find(id) is not { } p
            ? NotFound(id)
            : TypedResults.Ok(new ProblemDetail(p.Id, p.Metadata.Title, p.Metadata.TitleZh, p.Metadata.Difficulty, p.Metadata.Tags,
                p.Statement, p.StatementZh, p.StarterCode, p.Metadata.EntryPoint.Signature, p.Metadata.EntryPoint, p.Metadata.Limits, p.Metadata.Checker.Kind,
                p.Samples.Select(s => new SampleDto(s.Name, s.Args, s.Expected)).ToList(), p.Hidden.Count, p.Metadata.Source));

    private static async Task<Results<Ok<IReadOnlyList<FastestSolution>>, ProblemHttpResult>> FastestAsync(
        string id, ProblemCatalogService problems, LeaderboardStore leaderboard, CancellationToken cancellationToken) =>
        problems.Find(id) is null ? NotFound(id) : TypedResults.Ok(await leaderboard.FastestAsync(id, cancellationToken));

    private static ProblemHttpResult NotFound(string id) =>
        TypedResults.Problem(statusCode: 404, title: "Problem not found", detail: $"There is no problem '{(id.Length > 64 ? id[..64] + "…" : id)}'.");
}
