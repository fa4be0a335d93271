namespace MlJudge.Server.Queue;

/// <summary>PostgreSQL NOTIFY channels: one wakes workers, one carries progress to every server.</summary>
public static class NotificationChannels
{
    /// <summary>Payload: the submission id that became claimable.</summary>
    public const string Queue = "mljudge_queue";

    /// <summary>Payload: a <see cref="JudgeEvent"/> as JSON; receivers read the rows it points at.</summary>
    public const string Events = "mljudge_events";
}

/// <summary>
/// What changed. Small test results and statuses travel inside the event; anything larger than a NOTIFY
/// payload allows (8000 bytes) is a pointer, and receivers read the row.
/// </summary>
public sealed record JudgeEvent(string Kind, long SubmissionId, int[]? Indexes = null, string? NewStatus = null, IReadOnlyList<Submissions.TestResultDto>? Results = null)
{
    public const int MaxInlinePayload = 7000;

    public const string Status = "status";
    public const string Test = "test";
    public const string Verdict = "verdict";
    public const string Leaderboard = "leaderboard";
}

internal static class DynamicParametersExtensions
{
    public static Dapper.DynamicParameters Merge(this Dapper.DynamicParameters parameters, object more)
    {
        parameters.AddDynamicParams(more);
        return parameters;
    }
}
