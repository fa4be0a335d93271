using MlJudge.Engine.Problems;

namespace MlJudge.Cli.Commands;

public static class ValidateCommand
{
    public static async Task<int> RunAsync(CommandLine args, CancellationToken cancellationToken)
    {
        var target = Path.GetFullPath(args.Positional(0) ?? CommandLine.DefaultProblemsFolder());
        if (!Directory.Exists(target)) throw new UsageException($"folder not found: {target}");
        var folders = File.Exists(Path.Combine(target, ProblemLoader.MetadataFile))
            ? [target]
            : Directory.GetDirectories(target).Order(StringComparer.Ordinal).ToArray();
        if (folders.Length == 0) throw new UsageException($"no problem folders in {target}");

        await using var engine = await EngineStarter.StartAsync(args.EngineOptions(), cancellationToken);
        if (engine is null) return CommandLine.ExitUsage;
        var failed = 0;
        var output = new object();
        var totals = new Dictionary<TestPurpose, int>();
        // Two folders at a time keep both cores busy; each folder's solutions run one after another.
        await Parallel.ForEachAsync(folders, new ParallelOptions { MaxDegreeOfParallelism = 2, CancellationToken = cancellationToken }, async (folder, token) =>
        {
            var report = await ProblemValidator.ValidateAsync(engine, folder, token);
            lock (output)
            {
                Console.WriteLine($"{(report.Passed ? "ok  " : "FAIL")} {report.ProblemId}{(report.Coverage is { } c ? $"  hidden tests: {c}" : "")}");
                foreach (var error in report.Errors) Console.WriteLine($"       problems/{report.ProblemId}/{error}");
                foreach (var s in report.Solutions)
                {
                    if (!s.Passed || args.Has("verbose"))
                        Console.WriteLine($"       {(s.Passed ? "ok" : "FAIL")} {s.File}: expected {s.Expected}, got {s.Got} ({s.Message})");
                }
                if (!report.Passed) failed++;
                foreach (var (purpose, count) in report.Coverage?.PurposeCounts ?? new Dictionary<TestPurpose, int>()) totals[purpose] = totals.GetValueOrDefault(purpose) + count;
            }
        });
        Console.WriteLine($"{folders.Length - failed} passed, {failed} failed; hidden tests by purpose: " +
                          string.Join(", ", totals.OrderBy(t => t.Key).Select(t => $"{t.Value} {TestPurposeNote.Name(t.Key)}")));
        return failed == 0 ? CommandLine.ExitAccepted : CommandLine.ExitRejected;
    }
}
