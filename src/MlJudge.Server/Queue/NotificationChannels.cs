namespace MlJudge.Server.Queue;

/// <summary>PostgreSQL NOTIFY channels: one wakes workers, one carries progress to every server, one announces catalog reloads, one contest board changes.</summary>
public static class NotificationChannels
{
    /// <summary>Payload: the submission id that became claimable.</summary>
    public const string Queue = "mljudge_queue";

    /// <summary>Payload: a <see cref="JudgeEvent"/> as JSON; receivers read the rows it points at.</summary>
    public const string Events = "mljudge_events";

    /// <summary>Payload: the fingerprint of the catalog the server just loaded; processes holding another one reload.</summary>
    public const string Catalog = "mljudge_catalog";

    /// <summary>Payload: the id of a contest whose board version moved (sent by migration 0009's trigger).</summary>
    public const string Boards = "mljudge_boards";
}

/// <summary>
/// What changed. Small test results and statuses travel inside the event; anything larger than a NOTIFY
/// payload allows (8000 bytes) is a pointer, and receivers read the row.
/// </summary>
public sealed record JudgeEvent(string Kind, long SubmissionId, int[]? Indexes = null, Submissions.SubmissionStatus? NewStatus = null, IReadOnlyList<Submissions.TestResultDto>? Results = null)
{
    public const int MaxInlinePayload = 7000;

    /// <summary>How events are written and read: one set of options for both ends, enums by name.</summary>
    public static readonly System.Text.Json.JsonSerializerOptions Json = new(System.Text.Json.JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    public const string Status = "status";
    public const string Test = "test";
    public const string Verdict = "verdict";
    public const string Leaderboard = "leaderboard";
}
