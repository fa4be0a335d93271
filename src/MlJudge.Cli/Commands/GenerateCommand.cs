using MlJudge.Engine.Feedback;
using MlJudge.Engine.Problems;
using MlJudge.Engine.Trusted;

namespace MlJudge.Cli.Commands;

public static class GenerateCommand
{
    public static async Task<int> RunAsync(CommandLine args, CancellationToken cancellationToken)
    {
        if (args.Has("fingerprints")) return await FingerprintsAsync(args, cancellationToken);
        var folder = Path.GetFullPath(args.Require(0, "<problem-folder>"));
        if (!TestGenerator.HasGenerator(folder)) throw new UsageException($"{folder} has no {TestGenerator.GeneratorFile}");
        await using var engine = await EngineStarter.StartAsync(args.EngineOptions(poolSize: 1), cancellationToken);
        if (engine is null) return CommandLine.ExitUsage;
        try
        {
            var count = await TestGenerator.WriteAsync(engine, folder, cancellationToken);
            Console.WriteLine($"wrote {count} tests to {Path.Combine(folder, "tests")}");
            // The tests may have changed, so the mistakes' outcome vectors are taken again over the new tests.
            var problem = ProblemLoader.Load(folder);
            await FingerprintFile.WriteAsync(folder, await MistakeChecks.ComputeAsync(engine, problem, cancellationToken), cancellationToken);
            Console.WriteLine($"wrote {problem.Mistakes.Count} fingerprints to {Path.Combine(folder, FingerprintFile.File)}");
            return CommandLine.ExitAccepted;
        }
        catch (Exception e) when (e is ProblemFormatException or TrustedCompilationException or InvalidOperationException or FileNotFoundException
                                      or System.Reflection.TargetInvocationException)
        {
            Console.Error.WriteLine($"error: {e.InnerException?.Message ?? e.Message}");
            return CommandLine.ExitRejected;
        }
    }

    /// <summary>`generate --fingerprints [folder]`: rewrites fingerprints.json only, for one folder or every folder in one pass.</summary>
    private static async Task<int> FingerprintsAsync(CommandLine args, CancellationToken cancellationToken)
    {
        var target = Path.GetFullPath(args.Positional(0) ?? CommandLine.DefaultProblemsFolder());
        var folders = File.Exists(Path.Combine(target, ProblemLoader.MetadataFile))
            ? [target]
            : Directory.GetDirectories(target).Order(StringComparer.Ordinal).ToArray();
        await using var engine = await EngineStarter.StartAsync(args.EngineOptions(), cancellationToken);
        if (engine is null) return CommandLine.ExitUsage;
        var failed = 0;
        await Parallel.ForEachAsync(folders, new ParallelOptions { MaxDegreeOfParallelism = 2, CancellationToken = cancellationToken }, async (folder, token) =>
        {
            try
            {
                var problem = ProblemLoader.Load(folder);
                var set = await MistakeChecks.ComputeAsync(engine, problem, token);
                await FingerprintFile.WriteAsync(folder, set, token);
                Console.WriteLine($"ok   {problem.Id}: " + string.Join(" ", set.Mistakes.Select(m => $"{m.Key}={m.Value.Outcomes}")));
            }
            catch (ProblemFormatException e)
            {
                Interlocked.Increment(ref failed);
                Console.WriteLine($"FAIL {Path.GetFileName(folder)}: {e.Message}");
            }
        });
        return failed == 0 ? CommandLine.ExitAccepted : CommandLine.ExitRejected;
    }
}
