using System.Security.Claims;
using MlJudge.Server.Auth;

namespace MlJudge.Server.Submissions;

/// <summary>
/// What a student may see of a judged submission (instructors see everything). Per-test times are a covert
/// channel — a submission can spin for a time computed from a hidden input — so a student sees each test's
/// verdict but only one time, the slowest test's, in whole milliseconds, and only once judging is over; hidden
/// tests' results themselves are held back until then, since the moment each arrives is a per-test time too.
/// Runs judge the public samples only, so their per-test times are shown.
/// </summary>
public static class ResultVisibility
{
    public static bool SeesEverything(ClaimsPrincipal user) => user.IsInstructor();

    public static bool ShowsTestTimes(bool everything, SubmissionKind kind) => everything || kind is SubmissionKind.Run or SubmissionKind.Custom;

    public static bool ShowsTest(bool everything, TestResultRow test, SubmissionStatus status) =>
        everything || test.IsSample || status == SubmissionStatus.Finished;

    public static long? MaxTimeMs(IEnumerable<TestResultRow> tests, SubmissionStatus status) =>
        status == SubmissionStatus.Finished && tests.Any() ? (long)Math.Round(tests.Max(t => t.TimeMs), MidpointRounding.AwayFromZero) : null;

    public static IReadOnlyList<TestResultDto> Tests(IEnumerable<TestResultRow> tests, bool everything, SubmissionKind kind, SubmissionStatus status) =>
        tests.Where(t => ShowsTest(everything, t, status)).Select(t => TestResultDto.From(t, ShowsTestTimes(everything, kind))).ToList();

    public static VerdictDto Verdict(SubmissionRow row, IReadOnlyList<TestResultRow> tests, bool everything) => new(
        row.Verdict ?? Engine.Judging.Verdict.InternalError, row.Passed ?? 0, row.Total ?? 0, everything ? Math.Round(row.TimeMs ?? 0, 3) : null,
        MaxTimeMs(tests, row.Status), row.Message, Diagnostics(row), Diagnosis(row));

    public static SubmissionDetail Detail(SubmissionRow row, IReadOnlyList<TestResultRow> tests, bool everything) => new(
        row.Id, row.ProblemId, row.Username, row.Kind, row.Status, row.Verdict, row.Source, row.CreatedAt, row.FinishedAt,
        row.Passed, row.Total, everything && row.TimeMs is { } t ? Math.Round(t, 3) : null, MaxTimeMs(tests, row.Status), row.Message, row.Isolation,
        Diagnostics(row), Tests(tests, everything, row.Kind, row.Status),
        // Which version of the problem judged it is for instructors diagnosing a rejudge, not for students.
        everything ? row.ProblemHash : null, Diagnosis(row), Custom(row));

    // The learner's own input and the two outputs on it: nothing hidden (the reference's failures are fixed sentences).
    private static CustomRunDto? Custom(SubmissionRow row) =>
        row.Kind != SubmissionKind.Custom ? null
        : (row.CustomResult is null ? new CustomRunDto(null, null, null, null, null, null, null)
            : System.Text.Json.JsonSerializer.Deserialize<CustomRunDto>(row.CustomResult, Queue.JudgeEvent.Json)!)
          with { Args = row.CustomArgs is null ? null : System.Text.Json.Nodes.JsonNode.Parse(row.CustomArgs)!.AsObject() };

    // A hint is instructor text chosen by outcome pattern, never test data, so it is shown for hidden-test failures too.
    private static System.Text.Json.Nodes.JsonNode? Diagnosis(SubmissionRow row) =>
        row.Diagnosis is null ? null : System.Text.Json.Nodes.JsonNode.Parse(row.Diagnosis);

    private static System.Text.Json.Nodes.JsonNode? Diagnostics(SubmissionRow row) =>
        row.Diagnostics is null ? new System.Text.Json.Nodes.JsonArray() : System.Text.Json.Nodes.JsonNode.Parse(row.Diagnostics);
}
