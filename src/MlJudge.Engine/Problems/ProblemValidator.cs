using System.Text.Json.Nodes;
using MlJudge.Engine.Judging;
using MlJudge.Engine.Trusted;

namespace MlJudge.Engine.Problems;

public sealed record SolutionCheck(string File, Verdict Expected, Verdict Got, string? Message)
{
    public bool Passed => Expected == Got;
}

public sealed record ProblemValidationReport(
    string ProblemId, IReadOnlyList<ProblemError> Errors, IReadOnlyList<SolutionCheck> Solutions, TestCoverageReport? Coverage = null,
    Feedback.FingerprintSet? Fingerprints = null)
{
    public bool Passed => Errors.Count == 0 && Solutions.All(s => s.Passed);
}

/// <summary>
/// Proves a problem folder right before anyone sees it: the folder loads, the checked-in tests are what the
/// generator produces, every accepted solution is Accepted (so the checked-in expected values agree with
/// each reference), every known-bad solution gets exactly its folder's verdict, every hidden test rejects something
/// or says what it is for (<see cref="TestCoverage"/>), and the Chinese statement keeps the English one's formulas
/// and code blocks, every known-bad solution has a hint in mistakes.yaml, fingerprints.json is current, and no hidden
/// test has ragged rows where every sample is rectangular (<see cref="SampleShapes"/>).
/// </summary>
public static class ProblemValidator
{
    public static async Task<ProblemValidationReport> ValidateAsync(JudgeEngine engine, string folder, CancellationToken cancellationToken)
    {
        folder = Path.GetFullPath(folder);
        var id = Path.GetFileName(folder);
        Problem problem;
        try
        {
            problem = ProblemLoader.Load(folder);
        }
        catch (ProblemFormatException e)
        {
            return new ProblemValidationReport(id, e.Errors, []);
        }

        var errors = new List<ProblemError>();
        errors.AddRange(CheckGenerator(problem));
        errors.AddRange(CheckSolutionLayout(problem));
        errors.AddRange(SampleShapes.Check(problem));
        errors.AddRange(StatementMarkup.CheckTranslation(problem));

        var solutions = SolutionFiles(folder).ToList();
        var checks = new List<SolutionCheck>();
        var caught = new HashSet<string>(StringComparer.Ordinal);
        var knownBad = new Dictionary<string, JudgeResult>(StringComparer.Ordinal);
        foreach (var (file, expected) in solutions)
        {
            var source = await File.ReadAllTextAsync(file, cancellationToken);
            // Known-bad solutions keep their small wrong outputs: the mistakes' evidence is checked from them.
            Task<JudgeResult> Judge() => expected == Verdict.Accepted
                ? engine.JudgeAsync(problem, source, JudgeMode.Full, null, cancellationToken)
                : engine.JudgeKnownBadAsync(problem, source, cancellationToken);
            var result = await Judge();
            // A solution not meant to run out of time that does is judged once more: on a loaded machine (CI,
            // tests in parallel) one slow test is noise, the same verdict twice is a finding.
            if (expected != Verdict.TimeLimitExceeded && result.Tests.Any(t => t.Verdict == Verdict.TimeLimitExceeded))
                result = await Judge();
            var firstBad = result.Tests.FirstOrDefault(t => t.Verdict != Verdict.Accepted);
            // How many hidden tests a known mistake fails shows how well the catalog covers it.
            var failedHidden = result.Tests.Count(t => !t.IsSample && t.Verdict != Verdict.Accepted);
            var message = result.Verdict == Verdict.Accepted
                ? $"{result.Passed}/{result.TotalTests} tests"
                : $"fails {failedHidden}/{problem.Hidden.Count} hidden tests; first {firstBad?.Name ?? "compile"}: {firstBad?.Message ?? result.Message}";
            checks.Add(new SolutionCheck(Path.GetRelativePath(folder, file), expected, result.Verdict, message));
            if (expected != Verdict.Accepted)
                knownBad[Path.GetRelativePath(Path.Combine(folder, "solutions"), file).Replace('\\', '/')] = result;
            if (expected != Verdict.Accepted)
                caught.UnionWith(result.Tests.Where(t => !t.IsSample && t.Verdict != Verdict.Accepted).Select(t => t.Name));
        }
        var coverage = TestCoverage.Analyze(problem, caught);
        errors.AddRange(coverage.Errors);
        // Hints and fingerprints reuse the known-bad results above: no solution is judged twice.
        errors.AddRange(Feedback.MistakeChecks.CheckHints(problem, knownBad.Keys));
        var fingerprints = Feedback.MistakeChecks.Build(problem, knownBad);
        errors.AddRange(Feedback.MistakeChecks.CheckFingerprints(problem, fingerprints));

        var starter = await engine.JudgeAsync(problem, problem.StarterCode, JudgeMode.Samples, null, cancellationToken);
        if (starter.Verdict == Verdict.CompilationError)
            errors.Add(new ProblemError(id, ProblemLoader.StarterFile, null, $"does not compile: {starter.Message}"));
        return new ProblemValidationReport(id, errors, checks, coverage, fingerprints);
    }

    private static IEnumerable<(string File, Verdict Expected)> SolutionFiles(string folder)
    {
        var root = Path.Combine(folder, "solutions");
        if (!Directory.Exists(root)) yield break;
        foreach (var directory in Directory.GetDirectories(root).Order(StringComparer.Ordinal))
        {
            if (VerdictNames.FromFolderName(Path.GetFileName(directory)) is not { } verdict) continue;
            foreach (var file in Directory.GetFiles(directory, "*.cs").Order(StringComparer.Ordinal)) yield return (file, verdict);
        }
    }

    private static IEnumerable<ProblemError> CheckSolutionLayout(Problem problem)
    {
        var root = Path.Combine(problem.FolderPath, "solutions");
        foreach (var directory in Directory.GetDirectories(root))
        {
            var name = Path.GetFileName(directory);
            if (VerdictNames.FromFolderName(name) is null || name == "internal_error")
                yield return new ProblemError(problem.Id, $"solutions/{name}", null,
                    "folder must be named after a verdict: accepted, wrong_answer, time_limit_exceeded, runtime_error, compilation_error, memory_limit_exceeded, output_limit_exceeded");
        }
    }

    private static IEnumerable<ProblemError> CheckGenerator(Problem problem)
    {
        if (!TestGenerator.HasGenerator(problem.FolderPath)) yield break;
        IReadOnlyList<(string Name, bool IsSample, JsonObject Args)> generated;
        string? failure = null;
        try
        {
            generated = TestGenerator.Generate(problem.FolderPath, problem.Metadata.EntryPoint);
        }
        catch (Exception e) when (e is TrustedCompilationException or System.Reflection.TargetInvocationException)
        {
            generated = [];
            failure = e.InnerException?.Message ?? e.Message;
        }
        if (failure is not null)
        {
            yield return new ProblemError(problem.Id, TestGenerator.GeneratorFile, null, failure);
            yield break;
        }
        var files = problem.Samples.Select(t => (t, true)).Concat(problem.Hidden.Select(t => (t, false))).ToDictionary(x => x.t.Name);
        foreach (var (name, isSample, args) in generated)
        {
            var file = $"tests/{(isSample ? "samples" : "hidden")}/{name}.json";
            if (!files.Remove(name, out var existing) || existing.Item2 != isSample)
                yield return new ProblemError(problem.Id, file, null, "produced by generator.cs but not checked in (run `mljudge generate`)");
            else if (!JsonNode.DeepEquals(existing.t.Args, args))
                yield return new ProblemError(problem.Id, file, "args", "differs from what generator.cs produces (run `mljudge generate`)");
        }
        foreach (var (name, (_, isSample)) in files)
            yield return new ProblemError(problem.Id, $"tests/{(isSample ? "samples" : "hidden")}/{name}.json", null, "not produced by generator.cs (stale file?)");
    }
}
