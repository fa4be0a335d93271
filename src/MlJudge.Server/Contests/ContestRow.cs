namespace MlJudge.Server.Contests;

/// <summary>A stored contest, with the rules that follow from its times.</summary>
/// <param name="BoardVersion">Moves with every write that can change a board of this contest (migration 0009): the board cache's key.</param>
public sealed record ContestRow(
    long Id, string Title, string Description, DateTime StartsAt, DateTime EndsAt, DateTime? FreezeAt, bool Unfrozen, bool Closed,
    string Scoring, string? JoinCode, string LatePolicy, decimal LateFactor, DateTime? LateUntil, long CreatedBy, long BoardVersion = 0)
{
    public ScoringMode ScoringMode => Enum.Parse<ScoringMode>(Scoring);

    public LatePolicy Late => Enum.Parse<LatePolicy>(LatePolicy);

    public ContestPhase PhaseAt(DateTime now) =>
        now < StartsAt ? ContestPhase.Upcoming
        : now < EndsAt && !Closed ? ContestPhase.Running
        : Late == Contests.LatePolicy.Penalty && !Closed && LateUntil is { } until && now < until ? ContestPhase.Late
        : ContestPhase.Ended;

    /// <summary>Others' submissions from this moment on are shown as pending to participants, until unfrozen.</summary>
    public DateTime? FrozenFrom => FreezeAt is { } freeze && !Unfrozen ? freeze : null;
}
