using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using MlJudge.Engine.Judging;

namespace MlJudge.Server.Submissions;

public sealed record SubmitRequest(string? ProblemId, string? Source);

public sealed record SubmissionCreated(long Id);

/// <summary>Stored and sent lower-case ("run", "submit"), as the API has always spelled them.</summary>
public enum SubmissionKind
{
    [JsonStringEnumMemberName("run")] Run,
    [JsonStringEnumMemberName("submit")] Submit,
}

public enum SubmissionStatus
{
    Queued,
    Compiling,
    Running,
    Finished,
}

/// <summary>A stored submission row.</summary>
public sealed record SubmissionRow(
    long Id, long UserId, string Username, string ProblemId, SubmissionKind Kind, string Source, SubmissionStatus Status, Verdict? Verdict,
    string? Message, int? Passed, int? Total, double? TimeMs, double? CompileMs, string? Isolation, string? Diagnostics,
    int Attempts, DateTime CreatedAt, DateTime? FinishedAt, string? ProblemHash);

public sealed record TestResultRow(
    long SubmissionId, int Index, string Name, bool IsSample, Verdict Verdict, double TimeMs, string? Message,
    string? Input, string? Expected, string? Got, string? Stdout);

public sealed record TestResultDto(int Index, string Name, bool IsSample, Verdict Verdict, double TimeMs, string? Message,
    JsonNode? Input, JsonNode? Expected, JsonNode? Got, string? Stdout)
{
    public static TestResultDto From(TestResultRow r) => new(r.Index, r.Name, r.IsSample, r.Verdict, Math.Round(r.TimeMs, 3), r.Message,
        Parse(r.Input), Parse(r.Expected), Parse(r.Got), r.Stdout);

    private static JsonNode? Parse(string? json) => json is null ? null : JsonNode.Parse(json);
}

public sealed record VerdictDto(Verdict Verdict, int Passed, int Total, double TimeMs, string? Message, JsonNode? Diagnostics);

public sealed record SubmissionDetail(
    long Id, string ProblemId, string Username, SubmissionKind Kind, SubmissionStatus Status, Verdict? Verdict, string Source,
    DateTime CreatedAt, DateTime? FinishedAt, int? Passed, int? Total, double? TimeMs, string? Message, string? Isolation,
    JsonNode? Diagnostics, IReadOnlyList<TestResultDto> Tests, string? ProblemHash = null);

public sealed record SubmissionSummary(
    long Id, string ProblemId, string Username, SubmissionKind Kind, SubmissionStatus Status, Verdict? Verdict, int? Passed, int? Total,
    double? TimeMs, DateTime CreatedAt, DateTime? FinishedAt);
