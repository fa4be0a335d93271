using System.Security.Claims;
using MlJudge.Server.Auth;

namespace MlJudge.Server.Contests;

/// <summary>What one signed-in user may see and do in one contest, decided in one place for every endpoint and the hub.</summary>
public sealed record ContestAccess(ContestRow Contest, bool Instructor, bool Joined, DateTime Now)
{
    public ContestPhase Phase => Contest.PhaseAt(Now);

    /// <summary>The problem set is hidden before the start, and from non-participants of a code-protected contest.</summary>
    public bool CanSeeProblems => Instructor || Phase != ContestPhase.Upcoming && (Joined || Contest.JoinCode is null);

    public bool CanSeeBoard => Instructor || Joined || Contest.JoinCode is null;

    /// <summary>Others' submits from this time on are pending for this viewer (instructors see everything).</summary>
    public DateTime? Cutoff => Instructor ? null : Contest.FrozenFrom;
}

/// <summary>Loads a contest with the viewer's standing in it.</summary>
public sealed class ContestAccessService(ContestStore store, TimeProvider time)
{
    public async Task<ContestAccess?> ForAsync(long contestId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var contest = await store.GetAsync(contestId, cancellationToken);
        if (contest is null) return null;
        var joined = await store.IsParticipantAsync(contestId, user.UserId(), cancellationToken);
        return new ContestAccess(contest, user.IsInstructor(), joined, time.GetUtcNow().UtcDateTime);
    }
}
