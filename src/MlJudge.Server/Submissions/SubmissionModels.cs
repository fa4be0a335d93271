using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using MlJudge.Engine.Checking;
using MlJudge.Engine.Judging;

namespace MlJudge.Server.Submissions;

/// <param name="ContestId">Submit from inside a contest: it counts there while the contest runs (or is late).</param>
public sealed record SubmitRequest(string? ProblemId, string? Source, long? ContestId = null);

/// <param name="ContestId">The contest the submit counts for; null for practice (also when the contest named has ended).</param>
public sealed record SubmissionCreated(long Id, long? ContestId = null, bool Late = false);

/// <summary>Stored and sent lower-case ("run", "submit"), as the API has always spelled them.</summary>
public enum SubmissionKind
{
    [JsonStringEnumMemberName("run")] Run,
    [JsonStringEnumMemberName("submit")] Submit,
    /// <summary>A run on the learner's own arguments against the reference solution; never counts.</summary>
    [JsonStringEnumMemberName("custom")] Custom,
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
    string? Diagnosis, int Attempts, DateTime CreatedAt, DateTime? FinishedAt, string? ProblemHash, string? CustomArgs = null, string? CustomResult = null);

public sealed record TestResultRow(
    long SubmissionId, int Index, string Name, bool IsSample, Verdict Verdict, double TimeMs, string? Message,
    string? Input, string? Expected, string? Got, string? Stdout, string? Mismatches);

/// <summary>One test's outcome as sent to a client; TimeMs is null where the viewer may not see per-test times (see <see cref="ResultVisibility"/>).</summary>
/// <param name="Mismatches">A sample's differing elements as the problem's checker decided them; always null for a hidden test.</param>
public sealed record TestResultDto(int Index, string Name, bool IsSample, Verdict Verdict, double? TimeMs, string? Message,
    JsonNode? Input, JsonNode? Expected, JsonNode? Got, string? Stdout, MismatchReport? Mismatches)
{
    /// <summary>Everything, per-test time included: for instructors (and the judge's own notifications).</summary>
    public static TestResultDto From(TestResultRow r) => From(r, showTime: true);

    public static TestResultDto From(TestResultRow r, bool showTime) => new(r.Index, r.Name, r.IsSample, r.Verdict,
        showTime ? Math.Round(r.TimeMs, 3) : null, r.Message, Parse(r.Input), Parse(r.Expected), Parse(r.Got), r.Stdout,
        // A stored hidden row never has paths (the engine's gate); a row that somehow did is not sent either.
        r.IsSample && r.Mismatches is not null ? JsonSerializer.Deserialize<MismatchReport>(r.Mismatches, StoredJson) : null);

    /// <summary>How <see cref="TestResultRow.Mismatches"/> is written and read.</summary>
    public static readonly JsonSerializerOptions StoredJson = JsonSerializerOptions.Web;

    private static JsonNode? Parse(string? json) => json is null ? null : JsonNode.Parse(json);
}

/// <summary>
/// The final verdict. TimeMs is the slowest test's time, exact (instructors only; null for students); MaxTimeMs is
/// the same in whole milliseconds, the one time a student sees.
/// </summary>
/// <param name="Diagnosis">The matched known mistake and its hint in both languages ({mistakeId, hintEn, hintZh}), or null.</param>
public sealed record VerdictDto(Verdict Verdict, int Passed, int Total, double? TimeMs, long? MaxTimeMs, string? Message, JsonNode? Diagnostics,
    JsonNode? Diagnosis = null);

/// <param name="ProblemHash">The content hash of the problem version that judged it: instructors only.</param>
/// <param name="Custom">A custom run's input, both outputs and the comparison (kind "custom" only; the outputs once finished).</param>
public sealed record SubmissionDetail(
    long Id, string ProblemId, string Username, SubmissionKind Kind, SubmissionStatus Status, Verdict? Verdict, string Source,
    DateTime CreatedAt, DateTime? FinishedAt, int? Passed, int? Total, double? TimeMs, long? MaxTimeMs, string? Message, string? Isolation,
    JsonNode? Diagnostics, IReadOnlyList<TestResultDto> Tests, string? ProblemHash = null, JsonNode? Diagnosis = null, CustomRunDto? Custom = null);

public sealed record SubmissionSummary(
    long Id, string ProblemId, string Username, SubmissionKind Kind, SubmissionStatus Status, Verdict? Verdict, int? Passed, int? Total,
    double? TimeMs, long? MaxTimeMs, DateTime CreatedAt, DateTime? FinishedAt);
