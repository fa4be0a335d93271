using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using MlJudge.Engine.Values;
using MlJudge.Server.Auth;
using MlJudge.Server.Problems;

namespace MlJudge.Server.Submissions;

/// <summary>
/// Runs on the learner's own input: validated here, before anything is queued, then judged by a worker like a run
/// (the same queue, fairness and leases): the reference solution and the submission on the same arguments, both
/// outputs and the checker's comparison in the submission's <c>custom</c> object. Never counts anywhere.
/// </summary>
public static class CustomRunEndpoints
{
    public static IEndpointRouteBuilder MapCustomRuns(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/problems/{id}/custom-runs").RequireAuthorization().RequireRateLimiting(SubmissionEndpoints.RateLimitPolicy)
            .MapPost("/", CreateAsync);
        return app;
    }

    private static async Task<Results<Accepted<SubmissionCreated>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        string id, CustomRunRequest body, ClaimsPrincipal user, ProblemCatalogService problems, SubmissionStore store, CancellationToken cancellationToken)
    {
        if (problems.Find(id) is not { } problem)
            return TypedResults.Problem(statusCode: 404, title: "Problem not found", detail: $"There is no problem '{(id.Length > 64 ? id[..64] + "…" : id)}'.");
        var errors = new Dictionary<string, string[]>();
        if (SubmissionEndpoints.SourceError(body.Source) is { } sourceError) errors["source"] = [sourceError];
        foreach (var error in CustomArguments.Validate(problem, body.Args))
        {
            var key = error.Argument == "args" ? "args" : $"args.{error.Argument}";
            errors[key] = [.. errors.GetValueOrDefault(key, []), error.Message];
        }
        if (errors.Count > 0)
        {
            // The detail names the first argument at fault in a sentence; `errors` lists every one.
            var (field, messages) = errors.First();
            return TypedResults.ValidationProblem(errors, detail: $"{field} {messages[0]}", title: "The custom input does not fit " +
                problem.Metadata.EntryPoint.Signature);
        }
        var submissionId = await store.CreateCustomAsync(user.UserId(), problem.Id, body.Source!, body.Args!.ToJsonString(), cancellationToken);
        return TypedResults.Accepted($"/api/submissions/{submissionId}", new SubmissionCreated(submissionId));
    }
}
