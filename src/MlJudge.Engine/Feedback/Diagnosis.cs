namespace MlJudge.Engine.Feedback;

/// <summary>
/// "This looks like a known mistake": the matched mistake and its hint in both languages. Shown for hidden-test
/// failures too: hints are instructor text written without test data, and nothing in them comes from the submission.
/// </summary>
public sealed record Diagnosis(string MistakeId, string HintEn, string HintZh);
