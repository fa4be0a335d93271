namespace MlJudge.Server.Contests;

/// <summary>How a contest's board ranks participants.</summary>
public enum ScoringMode
{
    /// <summary>Problems solved, then penalty minutes, then the earlier last Accepted.</summary>
    Icpc,
    /// <summary>Partial credit: points × passed hidden tests / hidden tests of each problem's best submission.</summary>
    Points,
}

public enum LatePolicy
{
    /// <summary>After the end, submissions are practice only.</summary>
    None,
    /// <summary>After the end and until LateUntil, submissions count with their score multiplied by LateFactor.</summary>
    Penalty,
}

public enum ContestPhase
{
    Upcoming,
    Running,
    /// <summary>Ended, but late submissions are still taken.</summary>
    Late,
    Ended,
}

public sealed record ContestProblemRequest(string? ProblemId, int? Points);

/// <summary>What an instructor sends to create or (before the start) replace a contest.</summary>
public sealed record ContestRequest(
    string? Title,
    string? Description,
    IReadOnlyList<ContestProblemRequest>? Problems,
    DateTimeOffset? StartsAt,
    DateTimeOffset? EndsAt,
    DateTimeOffset? FreezeAt,
    ScoringMode? Scoring,
    string? JoinCode,
    LatePolicy? LatePolicy,
    decimal? LateFactor,
    DateTimeOffset? LateUntil);

/// <summary>What may change once a contest has started: a later end, or closing it now.</summary>
public sealed record ContestAmendment(DateTimeOffset? EndsAt, bool? Close);

public sealed record JoinRequest(string? Code);

public sealed record ContestProblemDto(string ProblemId, string Title, string TitleZh, int Position, int Points);

/// <summary>A contest as its list shows it; <see cref="Joined"/> is the viewer's own state.</summary>
public sealed record ContestSummary(
    long Id, string Title, DateTime StartsAt, DateTime EndsAt, DateTime? FreezeAt, ScoringMode Scoring, ContestPhase Phase,
    bool RequiresCode, bool Joined, int Participants);

/// <summary>
/// A contest's page. <see cref="Problems"/> is empty for students before the start and for non-participants
/// of a code-protected contest; <see cref="JoinCode"/> is shown to instructors only.
/// </summary>
public sealed record ContestDetail(
    long Id, string Title, string Description, DateTime StartsAt, DateTime EndsAt, DateTime? FreezeAt, bool Unfrozen, bool Closed,
    ScoringMode Scoring, LatePolicy LatePolicy, decimal LateFactor, DateTime? LateUntil, ContestPhase Phase, bool RequiresCode,
    string? JoinCode, bool Joined, DateTime ServerTime, IReadOnlyList<ContestProblemDto> Problems);

public sealed record ContestCreated(long Id);

/// <summary>A submit that counts for a contest, or why it does not.</summary>
public sealed record ContestEntry(long ContestId, bool Late);
