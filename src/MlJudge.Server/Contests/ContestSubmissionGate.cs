using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MlJudge.Server.Contests;

/// <summary>
/// Decides, at the moment the API accepts a submit, whether it counts for the contest it names: the window is
/// enforced here, never by the client and never when a worker gets to it.
/// </summary>
public sealed class ContestSubmissionGate(ContestAccessService access, ContestStore store)
{
    /// <returns>The contest entry (null: practice), or the problem document that refuses the submit.</returns>
    public async Task<(ContestEntry? Entry, ProblemHttpResult? Refusal)> AdmitAsync(
        long contestId, string problemId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var contest = await access.ForAsync(contestId, user, cancellationToken);
        if (contest is null || !contest.CanSeeBoard && !contest.Joined)
            return (null, TypedResults.Problem(statusCode: 404, title: "Contest not found", detail: $"There is no contest {contestId} you can see."));
        if (!contest.Joined)
            return (null, TypedResults.Problem(statusCode: 403, title: "Not a participant", detail: "Join the contest before submitting to it."));
        if (contest.Phase == ContestPhase.Upcoming)
            return (null, TypedResults.Problem(statusCode: 409, title: "Contest not started",
                detail: $"The contest starts at {contest.Contest.StartsAt:u}; its problems cannot be submitted before then."));
        if ((await store.ProblemsAsync(contestId, cancellationToken)).All(p => p.ProblemId != problemId))
            return (null, TypedResults.Problem(statusCode: 400, title: "Problem not in contest", detail: $"Problem '{problemId}' is not part of contest {contestId}."));
        return contest.Phase switch
        {
            ContestPhase.Running => (new ContestEntry(contestId, Late: false), null),
            ContestPhase.Late => (new ContestEntry(contestId, Late: true), null),
            // After the end (and any late window) the submit is judged as practice and changes no board.
            _ => (null, null),
        };
    }
}
