using MlJudge.Engine.Problems;
using MlJudge.Engine.Trusted;

namespace MlJudge.Cli.Commands;

public static class GenerateCommand
{
    public static async Task<int> RunAsync(CommandLine args, CancellationToken cancellationToken)
    {
        var folder = Path.GetFullPath(args.Require(0, "<problem-folder>"));
        if (!TestGenerator.HasGenerator(folder)) throw new UsageException($"{folder} has no {TestGenerator.GeneratorFile}");
        await using var engine = await EngineStarter.StartAsync(args.EngineOptions(poolSize: 1), cancellationToken);
        if (engine is null) return CommandLine.ExitUsage;
        try
        {
            var count = await TestGenerator.WriteAsync(engine, folder, cancellationToken);
            Console.WriteLine($"wrote {count} tests to {Path.Combine(folder, "tests")}");
            return CommandLine.ExitAccepted;
        }
        catch (Exception e) when (e is ProblemFormatException or TrustedCompilationException or InvalidOperationException or FileNotFoundException
                                      or System.Reflection.TargetInvocationException)
        {
            Console.Error.WriteLine($"error: {e.InnerException?.Message ?? e.Message}");
            return CommandLine.ExitRejected;
        }
    }
}
