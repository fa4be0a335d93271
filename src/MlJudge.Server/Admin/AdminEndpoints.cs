using Microsoft.AspNetCore.Http.HttpResults;
using MlJudge.Engine.Problems;
using MlJudge.Server.Auth;
using MlJudge.Server.Problems;
using MlJudge.Server.Submissions;

namespace MlJudge.Server.Admin;

public sealed record ReloadResponse(IReadOnlyList<string> Loaded, IReadOnlyList<ProblemError> Errors);

public static class AdminEndpoints
{
    public const string InstructorPolicy = "instructor";

    public static RouteGroupBuilder MapAdmin(this RouteGroupBuilder group)
    {
        group.RequireAuthorization(InstructorPolicy);
        group.MapPost("/problems/reload", async (ProblemCatalogService problems, CancellationToken ct) =>
        {
            var catalog = await problems.PublishAsync(ct);
            return TypedResults.Ok(new ReloadResponse(catalog.Problems.Select(p => p.Id).ToList(), catalog.Errors));
        });
        group.MapPost("/submissions/{id:long}/rejudge", async Task<Results<Accepted<SubmissionCreated>, ProblemHttpResult>> (long id, SubmissionStore store, CancellationToken ct) =>
            await store.RequeueAsync(id, ct)
                ? TypedResults.Accepted($"/api/submissions/{id}", new SubmissionCreated(id))
                : TypedResults.Problem(statusCode: 404, title: "Submission not found", detail: $"There is no submission {id}."));
        return group;
    }
}
