using MlJudge.Engine.Feedback;

namespace MlJudge.Cli.Commands;

/// <summary>`mljudge diagnose-eval`: judges the independent mistake variants and prints the diagnosis precision and recall.</summary>
public static class DiagnoseEvalCommand
{
    /// <summary>The sets the matching rule was shaped on (variants, heldout), and the set written blind after it was fixed (heldout2).</summary>
    public static readonly string[] DefaultSets =
        ["tests/MlJudge.Engine.Tests/Feedback/variants", "tests/MlJudge.Engine.Tests/Feedback/heldout", "tests/MlJudge.Engine.Tests/Feedback/heldout2"];

    public static async Task<int> RunAsync(CommandLine args, CancellationToken cancellationToken)
    {
        var problems = CommandLine.DefaultProblemsFolder();
        var sets = (args.Positional(0) is { } given ? [given] : DefaultSets.Select(s => Path.Combine(Path.GetDirectoryName(problems)!, s)))
            .Select(Path.GetFullPath).ToArray();
        foreach (var set in sets.Where(s => !Directory.Exists(s))) throw new UsageException($"variants folder not found: {set}");
        await using var engine = await EngineStarter.StartAsync(args.EngineOptions(), cancellationToken);
        if (engine is null) return CommandLine.ExitUsage;
        var all = new List<VariantOutcome>();
        foreach (var set in sets)
        {
            var figures = await DiagnosisEvaluation.RunAsync(engine, problems, set, 2, cancellationToken);
            foreach (var o in figures.Outcomes)
                Console.WriteLine($"{(o.Correct ? "ok  " : "MISS")} {o.File,-60} expect {o.ExpectedMistake ?? "none",-28} got {o.DiagnosedMistake ?? "none",-28} ({o.Verdict})" +
                    (o.Why.Length > 0 ? $"\n       {o.Why}" : ""));
            Summarize(Path.GetFileName(set), figures);
            all.AddRange(figures.Outcomes);
        }
        if (sets.Length > 1) Summarize("all sets", new DiagnosisFigures(all));
        return CommandLine.ExitAccepted;
    }

    private static void Summarize(string name, DiagnosisFigures figures)
    {
        var correct = figures.Outcomes.Count(o => o.ExpectedMistake is null && o.Verdict == Engine.Judging.Verdict.Accepted);
        Console.WriteLine($"{name}: {figures.Outcomes.Count} solutions ({figures.MistakeVariants} mistake variants, " +
            $"{figures.Outcomes.Count - figures.MistakeVariants - correct} unrelated wrong, {correct} correct)");
        Console.WriteLine($"  precision {figures.Precision:P1} ({figures.RightHints}/{figures.HintsShown} hints shown name the right mistake)");
        Console.WriteLine($"  recall    {figures.Recall:P1} ({figures.RightHints}/{figures.MistakeVariants} mistake variants get the right hint)");
        Console.WriteLine($"  hints on correct or unrelated solutions: {figures.HintsWithoutMistake.Count()}");
    }
}
