using System.Text.Json;
using System.Text.Json.Serialization;
using MlJudge.Engine.Judging;
using MlJudge.Engine.Problems;

namespace MlJudge.Cli.Commands;

public static class JudgeCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static async Task<int> RunAsync(CommandLine args, CancellationToken cancellationToken)
    {
        var folder = args.Require(0, "<problem-folder>");
        var file = args.Require(1, "<source-file>");
        if (!File.Exists(file)) throw new UsageException($"source file not found: {file}");
        Problem problem;
        try
        {
            problem = ProblemLoader.Load(folder);
        }
        catch (ProblemFormatException e)
        {
            Console.Error.WriteLine($"error: the problem folder is broken:\n{e.Message}");
            return CommandLine.ExitUsage;
        }

        await using var engine = await EngineStarter.StartAsync(args.EngineOptions(poolSize: 1), cancellationToken);
        if (engine is null) return CommandLine.ExitUsage;
        var result = await engine.JudgeAsync(problem, await File.ReadAllTextAsync(file, cancellationToken), JudgeMode.Full, null, cancellationToken);

        if (args.Has("json"))
        {
            Console.WriteLine(JsonSerializer.Serialize(new
            {
                verdict = result.Verdict,
                passed = result.Passed,
                total = result.TotalTests,
                message = result.Message,
                tests = result.Tests.Select(t => new { name = t.Name, verdict = t.Verdict, timeMs = Math.Round(t.TimeMs, 3), message = t.Message }),
                diagnostics = result.Diagnostics,
                timings = result.Timings,
                isolation = result.Isolation,
                diagnosis = result.Diagnosis,
            }, Json));
        }
        else
        {
            if (result.Diagnostics.Count == 0 && result.Tests.Count == 0 && result.Message is not null) Console.WriteLine($"  {result.Message}");
            foreach (var d in result.Diagnostics) Console.WriteLine($"  {d}");
            foreach (var t in result.Tests)
                Console.WriteLine($"  {t.Name,-32} {t.Verdict,-20} {t.TimeMs,8:0.00} ms  {t.Message}");
            if (result.Skipped > 0 && result.Tests.Count > 0) Console.WriteLine($"  ({result.Skipped} tests not run after {result.Verdict})");
            Console.WriteLine($"{result.Verdict}: {result.Passed}/{result.TotalTests} tests passed " +
                $"(compile {result.Timings.CompileMs:0.0} ms, total {result.Timings.TotalMs:0.0} ms, isolation {result.Isolation})");
            if (result.Diagnosis is { } hint)
                Console.WriteLine($"hint ({hint.MistakeId}): {hint.HintEn}\n      {hint.HintZh}");
        }
        return result.Verdict == Verdict.Accepted ? CommandLine.ExitAccepted : CommandLine.ExitRejected;
    }
}
