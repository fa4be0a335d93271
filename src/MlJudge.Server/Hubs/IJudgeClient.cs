using MlJudge.Server.Submissions;

namespace MlJudge.Server.Hubs;

/// <summary>What the server sends to SignalR clients.</summary>
public interface IJudgeClient
{
    Task Status(long submissionId, SubmissionStatus status);

    Task TestResult(long submissionId, TestResultDto result);

    Task Verdict(long submissionId, VerdictDto verdict);

    Task LeaderboardChanged();
}
