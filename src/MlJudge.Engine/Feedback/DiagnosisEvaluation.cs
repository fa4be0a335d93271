using System.Text.RegularExpressions;
using MlJudge.Engine.Judging;
using MlJudge.Engine.Problems;

namespace MlJudge.Engine.Feedback;

/// <summary>One judged variant: what its header expects and what the judge said.</summary>
/// <param name="Why">For a wrong call: how the submission compared with the expected and the diagnosed mistake (outputs agreed of
/// compared, failing and passing overlaps, same first failing test), so a miss can be understood rather than tuned away.</param>
public sealed record VariantOutcome(string File, string ProblemId, string? ExpectedMistake, Verdict Verdict, string? DiagnosedMistake, string Outcomes,
    string Why = "")
{
    public bool HintShown => DiagnosedMistake is not null;

    public bool Correct => DiagnosedMistake == ExpectedMistake;
}

/// <summary>Precision = hints shown that name the right mistake / hints shown; recall = mistake variants that get the right hint.</summary>
public sealed record DiagnosisFigures(IReadOnlyList<VariantOutcome> Outcomes)
{
    public int HintsShown => Outcomes.Count(o => o.HintShown);

    public int RightHints => Outcomes.Count(o => o.HintShown && o.Correct);

    public int MistakeVariants => Outcomes.Count(o => o.ExpectedMistake is not null);

    public double Precision => HintsShown == 0 ? 1 : (double)RightHints / HintsShown;

    public double Recall => MistakeVariants == 0 ? 0 : (double)RightHints / MistakeVariants;

    /// <summary>Hints given to solutions that make no known mistake (correct or unrelated): must be none.</summary>
    public IEnumerable<VariantOutcome> HintsWithoutMistake => Outcomes.Where(o => o.ExpectedMistake is null && o.HintShown);
}

/// <summary>
/// Judges the independent variants (files under a folder, each declaring `// problem: id` and `// expect: mistake-id`
/// or `// expect: none` in its header) against the real problems, to measure the diagnosis honestly.
/// </summary>
public static partial class DiagnosisEvaluation
{
    [GeneratedRegex(@"^//\s*(problem|expect):\s*(\S+)\s*$", RegexOptions.Multiline)]
    private static partial Regex Header();

    public static async Task<DiagnosisFigures> RunAsync(JudgeEngine engine, string problemsFolder, string variantsFolder, int parallelism,
        CancellationToken cancellationToken)
    {
        var files = Directory.GetFiles(variantsFolder, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        var problems = new Dictionary<string, Problem>(StringComparer.Ordinal);
        var outcomes = new VariantOutcome?[files.Length];
        await Parallel.ForEachAsync(Enumerable.Range(0, files.Length), new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken },
            async (i, token) =>
            {
                var source = await File.ReadAllTextAsync(files[i], token);
                var header = Header().Matches(source).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
                if (!header.TryGetValue("problem", out var id) || !header.TryGetValue("expect", out var expect))
                    throw new InvalidOperationException($"{files[i]}: the header must declare '// problem: <id>' and '// expect: <mistake-id or none>'");
                Problem problem;
                lock (problems)
                    if (!problems.TryGetValue(id, out problem!)) problems[id] = problem = ProblemLoader.Load(Path.Combine(problemsFolder, id));
                if (expect != "none" && problem.Mistakes.All(m => m.Id != expect))
                    throw new InvalidOperationException($"{files[i]}: {id} has no mistake '{expect}'");
                var result = await engine.JudgeAsync(problem, source, JudgeMode.Full, null, token);
                var expected = expect == "none" ? null : expect;
                var why = expected == result.Diagnosis?.MistakeId ? "" : string.Join("; ",
                    new[] { expected, result.Diagnosis?.MistakeId }.OfType<string>().Select(m => Explain(problem, result, m)));
                outcomes[i] = new VariantOutcome(Path.GetRelativePath(variantsFolder, files[i]), id, expected, result.Verdict,
                    result.Diagnosis?.MistakeId, Fingerprint.Of(result).Outcomes, why);
            });
        return new DiagnosisFigures(outcomes.Select(o => o!).ToList());
    }

    private static string Explain(Problem problem, JudgeResult result, string mistakeId)
    {
        if (problem.Fingerprints?.Mistakes.GetValueOrDefault(mistakeId) is not { } mistake) return $"{mistakeId}: no fingerprint";
        var submission = Fingerprint.Of(result);
        var (agreed, compared) = result.Evidence?.For(mistakeId) ?? default;
        return $"{mistakeId}: outputs {agreed}/{compared}, {MistakeMatcher.Describe(submission, mistake)}";
    }
}
