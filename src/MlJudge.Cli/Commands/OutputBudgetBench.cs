using System.Diagnostics;
using MlJudge.Engine.Judging;
using MlJudge.Engine.Problems;

namespace MlJudge.Cli.Commands;

/// <summary>
/// `mljudge bench --output-budget`: what hostile outputs cost the judge process itself (outside every cgroup).
/// Each scenario is a whole judgement on a warm engine; the figures are the judge's managed allocation, its peak
/// resident-set growth over the idle baseline, and the time per test.
/// </summary>
internal static class OutputBudgetBench
{
    private sealed record Scenario(string Name, string Body);

    private static readonly Scenario[] Scenarios =
    [
        new("right answer (baseline)", ""),
        new("10,000,000 zeros (20 MB, under the reply cap)", "new double[10_000_000]"),
        new("10,000,000 distinct doubles (~190 MB)", "Enumerable.Range(0, 10_000_000).Select(i => i / 3.0).ToArray()"),
        new("16,000,000 thirds (~300 MB)", "Enumerable.Repeat(1.0 / 3, 16_000_000).ToArray()"),
    ];

    public static async Task<int> RunAsync(CommandLine args, CancellationToken cancellationToken)
    {
        var folder = args.Positional(0) ?? Path.Combine(CommandLine.DefaultProblemsFolder(), "softmax");
        var problem = ProblemLoader.Load(folder);
        var entry = problem.Metadata.EntryPoint;
        if (entry.Returns != "double[]") throw new UsageException("--output-budget needs a problem whose entry point returns double[] (softmax does)");
        var reference = await File.ReadAllTextAsync(TestGenerator.ReferenceSolution(problem.FolderPath), cancellationToken);
        var iterations = args.Int("iterations", 3);
        var parameters = string.Join(", ", entry.Parameters.Select(p => $"{p.Type} {p.Name}"));

        await using var engine = await EngineStarter.StartAsync(args.EngineOptions(poolSize: 2), cancellationToken);
        if (engine is null) return CommandLine.ExitUsage;
        var tests = problem.Samples.Count + problem.Hidden.Count;
        Console.WriteLine($"problem {problem.Id}: {tests} tests; isolation {engine.Isolation}; best of {iterations} per scenario");
        await engine.JudgeAsync(problem, reference, JudgeMode.Full, null, cancellationToken);

        foreach (var scenario in Scenarios)
        {
            var source = scenario.Body switch
            {
                "" => reference,
                var body => $"double[] {entry.Method}({parameters}) => {body};",
            };
            var best = (AllocatedMb: double.MaxValue, RssMb: double.MaxValue, MsPerTest: double.MaxValue, CheckMs: 0.0, Verdict: "", Tests: 0);
            for (var i = 0; i < iterations; i++)
            {
                var run = await MeasureAsync(engine, problem, source, cancellationToken);
                if (run.MsPerTest < best.MsPerTest) best = run;
            }
            Console.WriteLine($"  {scenario.Name,-48} {best.Verdict,-20} {best.Tests,3} tests   judge allocated {best.AllocatedMb,7:0.0} MB " +
                $"({best.AllocatedMb / Math.Max(1, best.Tests),6:0.00} MB per test)   judge peak RSS +{best.RssMb,6:0.0} MB   " +
                $"{best.MsPerTest,8:0.0} ms per test end to end, {best.CheckMs,6:0.00} ms of it checking");
        }
        return CommandLine.ExitAccepted;
    }

    private static long StatusKb(string field) =>
        long.Parse(File.ReadLines("/proc/self/status").First(l => l.StartsWith(field + ":", StringComparison.Ordinal))[(field.Length + 1)..].Replace("kB", "").Trim(),
            System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<(double AllocatedMb, double RssMb, double MsPerTest, double CheckMs, string Verdict, int Tests)> MeasureAsync(
        JudgeEngine engine, Problem problem, string source, CancellationToken cancellationToken)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        // Linux resets the peak resident set (VmHWM) when 5 is written to clear_refs: no sampler allocating as it measures.
        File.WriteAllText("/proc/self/clear_refs", "5");
        var baseline = StatusKb("VmRSS");
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var result = await engine.JudgeAsync(problem, source, JudgeMode.Full, null, cancellationToken);
        clock.Stop();
        var allocatedMb = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1048576.0;
        var peak = StatusKb("VmHWM");
        var judged = Math.Max(1, result.Tests.Count);
        return (allocatedMb, (peak - baseline) / 1024.0, clock.Elapsed.TotalMilliseconds / judged, result.Timings.CheckMs / judged, result.Verdict.ToString(), result.Tests.Count);
    }
}
