using MlJudge.Engine.Feedback;

namespace MlJudge.Cli.Commands;

/// <summary>`mljudge diagnose-eval`: judges the independent mistake variants and prints the diagnosis precision and recall.</summary>
public static class DiagnoseEvalCommand
{
    public const string DefaultVariants = "tests/MlJudge.Engine.Tests/Feedback/variants";

    public static async Task<int> RunAsync(CommandLine args, CancellationToken cancellationToken)
    {
        var problems = CommandLine.DefaultProblemsFolder();
        var variants = Path.GetFullPath(args.Positional(0) ?? Path.Combine(Path.GetDirectoryName(problems)!, DefaultVariants));
        if (!Directory.Exists(variants)) throw new UsageException($"variants folder not found: {variants}");
        await using var engine = await EngineStarter.StartAsync(args.EngineOptions(), cancellationToken);
        if (engine is null) return CommandLine.ExitUsage;
        var figures = await DiagnosisEvaluation.RunAsync(engine, problems, variants, 2, cancellationToken);
        foreach (var o in figures.Outcomes)
            Console.WriteLine($"{(o.Correct ? "ok  " : "MISS")} {o.File,-60} expect {o.ExpectedMistake ?? "none",-28} got {o.DiagnosedMistake ?? "none",-28} ({o.Verdict})" +
                (o.Why.Length > 0 ? $"\n       {o.Why}" : ""));
        Console.WriteLine($"{figures.Outcomes.Count} solutions ({figures.MistakeVariants} mistake variants, {figures.Outcomes.Count - figures.MistakeVariants} correct or unrelated)");
        Console.WriteLine($"precision {figures.Precision:P1} ({figures.RightHints}/{figures.HintsShown} hints shown name the right mistake)");
        Console.WriteLine($"recall    {figures.Recall:P1} ({figures.RightHints}/{figures.MistakeVariants} mistake variants get the right hint)");
        Console.WriteLine($"hints on correct or unrelated solutions: {figures.HintsWithoutMistake.Count()}");
        return CommandLine.ExitAccepted;
    }
}
