using MlJudge.Engine.Judging;
using MlJudge.Engine.Problems;

namespace MlJudge.Engine.Feedback;

/// <summary>
/// Compares a rejected submission's outcome vector with the fingerprints of the problem's known mistakes and names
/// a mistake only when the match is strong, because a wrong hint is worse than none. A mistake matches when
/// <list type="bullet">
/// <item>the overall verdict is the same, and the first test not passed is the same test;</item>
/// <item>the failing sets overlap: |F∩F'| / |F∪F'| ≥ 0.8 (Jaccard), and so do the passing sets (≥ 0.8), so a
/// submission that fails nearly everything never matches a mistake that passes some tests;</item>
/// <item>the fingerprint passes and fails at least <see cref="MinimumShare"/> of the tests each: a mistake that fails
/// (or passes) nearly everything carries little information, and unrelated wrong submissions land on it.</item>
/// </list>
/// A time-limit fingerprint (<see cref="Fingerprint.IsTimeClass"/>) matches a time-limit verdict whose tests all
/// passed before the first one that ran out of time (a correct but slow submission).
/// <para>
/// Outputs outrank vectors. When the mistake's own outputs were kept (<see cref="MistakeEvidence"/>) and the submission
/// reached those tests, its outputs decide: most of them the mistake's (by the problem's checker) is a match when the
/// verdict is the same and the vectors are broadly alike (mean overlap ≥ <see cref="MinimumOverlapWithOutputs"/>: the
/// same mistake next to a different guard for a corner case changes one output and a few tests, while an unrelated bug
/// with small integer outputs can coincide on a few tests and still fail elsewhere); half of them or more different is
/// no match however alike the vectors are.
/// </para>
/// The best score wins; when two mistakes tie for it, no hint is shown.
/// </summary>
public static class MistakeMatcher
{
    public const double MinimumOverlap = 0.8;

    public const double MinimumShare = 0.1;

    /// <summary>With outputs confirming a mistake, the mean of the failing and passing overlaps must still reach this.</summary>
    public const double MinimumOverlapWithOutputs = 0.6;

    public static Diagnosis? Match(Problem problem, JudgeResult result)
    {
        if (problem.Fingerprints is not { } set || set.Tests != result.TotalTests) return null;
        if (result.Verdict is Verdict.Accepted or Verdict.CompilationError or Verdict.InternalError) return null;
        var submission = Fingerprint.Of(result);
        var scored = new List<(string Id, double Score)>();
        foreach (var (id, fingerprint) in set.Mistakes)
            if (Score(submission, fingerprint, result.Evidence?.For(id) ?? default) is { } score) scored.Add((id, score));
        if (scored.Count == 0) return null;
        var best = scored.MaxBy(s => s.Score);
        if (scored.Count(s => Math.Abs(s.Score - best.Score) < 1e-9) > 1) return null;
        return problem.Mistakes.FirstOrDefault(m => m.Id == best.Id) is { } mistake ? new Diagnosis(mistake.Id, mistake.HintEn, mistake.HintZh) : null;
    }

    /// <summary>
    /// How well a submission matches a mistake, given how its outputs compared with the mistake's kept outputs; null
    /// when the match is not strong. A match confirmed by outputs scores above every match by vector alone.
    /// </summary>
    public static double? Score(Fingerprint submission, Fingerprint mistake, (int Agreed, int Compared) outputs)
    {
        if (outputs.Compared == 0) return Score(submission, mistake);
        if (outputs.Agreed * 2 <= outputs.Compared || submission.Verdict != mistake.Verdict || submission.Outcomes.Length != mistake.Outcomes.Length) return null;
        var alike = (Jaccard(submission.Failing, mistake.Failing) + Jaccard(Passing(submission), Passing(mistake))) / 2;
        // Small discrete outputs (a count, a size, an index) coincide by chance: the vectors must still be broadly alike.
        if (alike < MinimumOverlapWithOutputs) return null;
        return 2 + (double)outputs.Agreed / outputs.Compared + alike;
    }

    /// <summary>How well a submission's vector matches a mistake's; null when the match is not strong.</summary>
    public static double? Score(Fingerprint submission, Fingerprint mistake)
    {
        if (submission.Outcomes.Length != mistake.Outcomes.Length) return null;
        if (mistake.IsTimeClass)
        {
            var first = submission.FirstFailing;
            return submission.Verdict == Verdict.TimeLimitExceeded && first >= 0 && submission.Outcomes[first] == 'T' ? 1.0 : null;
        }
        if (submission.Verdict != mistake.Verdict || submission.FirstFailing != mistake.FirstFailing) return null;
        var failing = Jaccard(submission.Failing, mistake.Failing);
        var passing = Jaccard(Passing(submission), Passing(mistake));
        var share = MinimumShare * mistake.Outcomes.Length;
        if (Passing(mistake).Count < Math.Max(1, share) || mistake.Failing.Count < Math.Max(1, share)) return null;
        if (failing < MinimumOverlap || passing < MinimumOverlap) return null;
        return failing + passing;
    }

    /// <summary>The vector comparison in words (for the evaluation's explanations).</summary>
    public static string Describe(Fingerprint submission, Fingerprint mistake) =>
        $"failing overlap {Jaccard(submission.Failing, mistake.Failing):0.00}, passing overlap {Jaccard(Passing(submission), Passing(mistake)):0.00}, " +
        $"first failing {(submission.FirstFailing == mistake.FirstFailing ? "same" : $"{submission.FirstFailing} vs {mistake.FirstFailing}")}";

    private static HashSet<int> Passing(Fingerprint f) => Enumerable.Range(0, f.Outcomes.Length).Where(i => f.Outcomes[i] == 'A').ToHashSet();

    private static double Jaccard(IReadOnlySet<int> a, IReadOnlySet<int> b)
    {
        var union = a.Count + b.Count - a.Count(b.Contains);
        return union == 0 ? 1 : (double)a.Count(b.Contains) / union;
    }
}
