namespace MlJudge.Server.Queue;

/// <summary>PostgreSQL NOTIFY channels: one wakes workers, one carries progress to every server.</summary>
public static class NotificationChannels
{
    /// <summary>Payload: the submission id that became claimable.</summary>
    public const string Queue = "mljudge_queue";

    /// <summary>Payload: a <see cref="JudgeEvent"/> as JSON; receivers read the rows it points at.</summary>
    public const string Events = "mljudge_events";
}

/// <summary>A small pointer to what changed (NOTIFY payloads are limited to 8000 bytes).</summary>
public sealed record JudgeEvent(string Kind, long SubmissionId, int? Index = null)
{
    public const string Status = "status";
    public const string Test = "test";
    public const string Verdict = "verdict";
    public const string Leaderboard = "leaderboard";
}
