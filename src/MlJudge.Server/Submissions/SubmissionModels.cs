using System.Text.Json.Nodes;

namespace MlJudge.Server.Submissions;

/// <param name="ContestId">Submit from inside a contest: it counts there while the contest runs (or is late).</param>
public sealed record SubmitRequest(string? ProblemId, string? Source, long? ContestId = null);

/// <param name="ContestId">The contest the submit counts for; null for practice (also when the contest named has ended).</param>
public sealed record SubmissionCreated(long Id, long? ContestId = null, bool Late = false);

public static class SubmissionKinds
{
    public const string Run = "run";
    public const string Submit = "submit";
}

public static class SubmissionStatuses
{
    public const string Queued = "Queued";
    public const string Compiling = "Compiling";
    public const string Running = "Running";
    public const string Finished = "Finished";
}

/// <summary>A stored submission row.</summary>
public sealed record SubmissionRow(
    long Id, long UserId, string Username, string ProblemId, string Kind, string Source, string Status, string? Verdict,
    string? Message, int? Passed, int? Total, double? TimeMs, double? CompileMs, string? Isolation, string? Diagnostics,
    int Attempts, DateTime CreatedAt, DateTime? FinishedAt);

public sealed record TestResultRow(
    long SubmissionId, int Index, string Name, bool IsSample, string Verdict, double TimeMs, string? Message,
    string? Input, string? Expected, string? Got, string? Stdout);

public sealed record TestResultDto(int Index, string Name, bool IsSample, string Verdict, double TimeMs, string? Message,
    JsonNode? Input, JsonNode? Expected, JsonNode? Got, string? Stdout)
{
    public static TestResultDto From(TestResultRow r) => new(r.Index, r.Name, r.IsSample, r.Verdict, Math.Round(r.TimeMs, 3), r.Message,
        Parse(r.Input), Parse(r.Expected), Parse(r.Got), r.Stdout);

    private static JsonNode? Parse(string? json) => json is null ? null : JsonNode.Parse(json);
}

public sealed record VerdictDto(string Verdict, int Passed, int Total, double TimeMs, string? Message, JsonNode? Diagnostics);

public sealed record SubmissionDetail(
    long Id, string ProblemId, string Username, string Kind, string Status, string? Verdict, string Source,
    DateTime CreatedAt, DateTime? FinishedAt, int? Passed, int? Total, double? TimeMs, string? Message, string? Isolation,
    JsonNode? Diagnostics, IReadOnlyList<TestResultDto> Tests);

public sealed record SubmissionSummary(
    long Id, string ProblemId, string Username, string Kind, string Status, string? Verdict, int? Passed, int? Total,
    double? TimeMs, DateTime CreatedAt, DateTime? FinishedAt);
