namespace MlJudge.Server.Contests;

/// <summary>
/// One participant's result on one problem as the viewer may see it. <see cref="Pending"/> counts submits
/// not judged yet or hidden by the freeze; <see cref="Minutes"/> is from the contest start to the Accepted
/// (ICPC) or to reaching the best score (points).
/// </summary>
public sealed record ScoreboardCell(
    string ProblemId, bool Solved, decimal Points, int Rejected, int Pending, long? Minutes, bool FirstSolve, DateTime? At);

public sealed record ScoreboardRow(
    int Rank, string Username, decimal Points, int Solved, long Penalty, DateTime? LastImprovementAt, IReadOnlyList<ScoreboardCell> Cells);

/// <summary>A contest's board for one viewer: <see cref="Frozen"/> says others' later results are shown as pending.</summary>
public sealed record ScoreboardDto(
    long ContestId, ScoringMode Scoring, bool Frozen, DateTime? FrozenFrom, IReadOnlyList<ContestProblemDto> Problems, IReadOnlyList<ScoreboardRow> Rows);
