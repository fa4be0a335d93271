namespace MlJudge.Engine.Problems;

/// <summary>
/// A common mistake, encoded by one known-bad solution (<see cref="Solution"/>, relative to solutions/) and
/// explained to a learner in English and Chinese. Hints say what is wrong and what to re-read; never the fix, never test data.
/// </summary>
public sealed record Mistake(string Id, string Solution, string HintEn, string HintZh);
