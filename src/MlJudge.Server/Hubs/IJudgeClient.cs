using MlJudge.Server.Submissions;

namespace MlJudge.Server.Hubs;

/// <summary>What the server sends to SignalR clients.</summary>
public interface IJudgeClient
{
    Task Status(long submissionId, SubmissionStatus status);

    Task TestResult(long submissionId, TestResultDto result);

    Task Verdict(long submissionId, VerdictDto verdict);

    Task LeaderboardChanged();

    /// <summary>A contest's board may have changed: the viewer fetches it again (boards differ per viewer under a freeze).</summary>
    Task ContestChanged(long contestId);

    Task ContestBoard(long contestId, Contests.ScoreboardDto board);
}
