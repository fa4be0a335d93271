using MlJudge.Engine.Judging;
using MlJudge.Engine.Problems;

namespace MlJudge.Engine.Feedback;

/// <summary>
/// What `validate` requires of mistakes.yaml and fingerprints.json, given the results of the known-bad solutions
/// it has already judged (so nothing runs twice).
/// </summary>
public static class MistakeChecks
{
    /// <summary>Every known-bad solution has a hint, and every hint names a solution that exists.</summary>
    public static IEnumerable<ProblemError> CheckHints(Problem problem, IEnumerable<string> knownBadSolutions)
    {
        var hinted = problem.Mistakes.Select(m => m.Solution).ToHashSet(StringComparer.Ordinal);
        foreach (var solution in knownBadSolutions.Where(s => !hinted.Contains(s)))
            yield return new ProblemError(problem.Id, MistakesReader.File, null, $"solutions/{solution} has no hint (add a mistakes: entry with solution, id, en, zh)");
        for (var i = 0; i < problem.Mistakes.Count; i++)
            if (!File.Exists(Path.Combine(problem.FolderPath, "solutions", problem.Mistakes[i].Solution)))
                yield return new ProblemError(problem.Id, MistakesReader.File, $"mistakes[{i}].solution", $"solutions/{problem.Mistakes[i].Solution} does not exist");
    }

    /// <summary>The fingerprints of this problem's mistakes, from the judged results of their solutions.</summary>
    public static FingerprintSet Build(Problem problem, IReadOnlyDictionary<string, JudgeResult> resultsBySolution)
    {
        var judged = problem.Mistakes.Where(m => resultsBySolution.ContainsKey(m.Solution)).ToDictionary(m => m.Id, m => (
            Fingerprint: Fingerprint.Of(resultsBySolution[m.Solution]),
            Outputs: resultsBySolution[m.Solution].Outputs ?? (IReadOnlyDictionary<int, System.Text.Json.Nodes.JsonNode>)new Dictionary<int, System.Text.Json.Nodes.JsonNode>()));
        return new FingerprintSet(problem.Samples.Count + problem.Hidden.Count, judged.ToDictionary(j => j.Key, j => j.Value.Fingerprint))
        {
            Evidence = judged
                .Select(j => (j.Key, Outputs: MistakeEvidence.Select(problem, j.Value.Fingerprint, j.Value.Outputs)))
                .Where(j => j.Outputs.Count > 0)
                .ToDictionary(j => j.Key, j => j.Outputs),
            Observed = judged.ToDictionary(j => j.Key, j => j.Value.Outputs),
        };
    }

    /// <summary>fingerprints.json exists and agrees with what the solutions get today.</summary>
    public static IEnumerable<ProblemError> CheckFingerprints(Problem problem, FingerprintSet recomputed)
    {
        const string fix = "stale: run `mljudge generate`";
        if (problem.Fingerprints is not { } stored)
        {
            if (recomputed.Mistakes.Count == 0) yield break;
            yield return new ProblemError(problem.Id, FingerprintFile.File, null, $"file is missing ({fix})");
            yield break;
        }
        if (stored.Tests != recomputed.Tests)
            yield return new ProblemError(problem.Id, FingerprintFile.File, "tests", $"{stored.Tests} tests, the folder has {recomputed.Tests} ({fix})");
        foreach (var (id, fingerprint) in recomputed.Mistakes)
        {
            if (!stored.Mistakes.TryGetValue(id, out var old))
                yield return new ProblemError(problem.Id, FingerprintFile.File, $"mistakes.{id}", $"missing ({fix})");
            else if (!old.Agrees(fingerprint))
                yield return new ProblemError(problem.Id, FingerprintFile.File, $"mistakes.{id}",
                    $"stored {old.Verdict} {old.Outcomes}, the solution now gets {fingerprint.Verdict} {fingerprint.Outcomes} ({fix})");
            else if (stored.EvidenceOf(id).Count > 0 && problem.Metadata.Checker.Definition.ExpectedOptional)
                yield return new ProblemError(problem.Id, FingerprintFile.File, $"mistakes.{id}.evidence",
                    $"a {problem.Metadata.Checker.Definition.Name} checker cannot compare outputs, so no evidence is kept ({fix})");
            else if (StaleEvidence(problem, stored.EvidenceOf(id), recomputed.Observed.GetValueOrDefault(id), Fingerprint.ComparableLength(old, fingerprint)) is { } test)
                yield return new ProblemError(problem.Id, FingerprintFile.File, $"mistakes.{id}.evidence",
                    $"the solution's kept output on test {test} is not what it outputs now ({fix})");
        }
        foreach (var id in stored.Mistakes.Keys.Where(k => !recomputed.Mistakes.ContainsKey(k)))
            yield return new ProblemError(problem.Id, FingerprintFile.File, $"mistakes.{id}", $"names no mistake in {MistakesReader.File} ({fix})");
    }

    /// <summary>
    /// The first stored output (below <paramref name="cut"/>, where neither run had run out of time) that the solution no
    /// longer gives, by the problem's checker; null when the evidence still holds. A different selection is not staleness.
    /// </summary>
    private static int? StaleEvidence(Problem problem, IReadOnlyList<MistakeOutput> stored,
        IReadOnlyDictionary<int, System.Text.Json.Nodes.JsonNode>? observed, int cut)
    {
        if (observed is null) return null; // not judged this time: nothing to compare against
        var tests = MistakeEvidence.AllTests(problem);
        foreach (var old in stored.Where(o => o.Test < cut))
            if (!observed.TryGetValue(old.Test, out var output) || !MistakeEvidence.Agrees(problem.Checker, tests[old.Test], old.Output, output))
                return old.Test;
        return null;
    }

    /// <summary>Judges every hinted known-bad solution once and returns the fingerprints (`mljudge generate`).</summary>
    public static async Task<FingerprintSet> ComputeAsync(JudgeEngine engine, Problem problem, CancellationToken cancellationToken)
    {
        var results = new Dictionary<string, JudgeResult>(StringComparer.Ordinal);
        foreach (var mistake in problem.Mistakes)
        {
            var path = Path.Combine(problem.FolderPath, "solutions", mistake.Solution);
            if (!File.Exists(path)) continue;
            results[mistake.Solution] = await engine.JudgeKnownBadAsync(problem, await File.ReadAllTextAsync(path, cancellationToken), cancellationToken);
        }
        return Build(problem, results);
    }
}
