using System.Diagnostics;
using MlJudge.Engine.Judging;
using MlJudge.Engine.Problems;

namespace MlJudge.Cli.Commands;

/// <summary>Judges a batch of submissions on a warm engine and prints medians and throughput.</summary>
public static class BenchCommand
{
    public static async Task<int> RunAsync(CommandLine args, CancellationToken cancellationToken)
    {
        // --output-budget: what hostile outputs cost the judge process itself.
        if (args.Has("output-budget")) return await OutputBudgetBench.RunAsync(args, cancellationToken);
        if (args.Has("memory")) return await MemoryBench.RunAsync(args, cancellationToken);
        if (args.Has("catalog")) return await CatalogBench.RunAsync(args, cancellationToken);
        // The runner's start cost against a bare hello-world in the same sandbox, before any engine starts children.
        if (!await StartCostBench.RunAsync(args, cancellationToken)) return CommandLine.ExitUsage;
        if (args.Has("start-cost")) return CommandLine.ExitAccepted;
        var folder = args.Positional(0) ?? Path.Combine(CommandLine.DefaultProblemsFolder(), "softmax");
        var problem = ProblemLoader.Load(folder);
        var source = await File.ReadAllTextAsync(TestGenerator.ReferenceSolution(problem.FolderPath), cancellationToken);
        var count = args.Int("submissions", 200);
        var concurrency = args.Int("concurrency", 2);

        await using var engine = await EngineStarter.StartAsync(args.EngineOptions(poolSize: concurrency + 1), cancellationToken);
        if (engine is null) return CommandLine.ExitUsage;
        Console.WriteLine($"problem {problem.Id}: {problem.Samples.Count + problem.Hidden.Count} tests; isolation {engine.Isolation}; " +
            $"{Environment.ProcessorCount} cores; {count} submissions, {concurrency} at a time");

        // Warm-up: JIT in the judge, the compile host and the runner pool.
        for (var i = 0; i < 10; i++) await engine.JudgeAsync(problem, Vary(source, -i), JudgeMode.Full, null, cancellationToken);
        await Task.Delay(1500, cancellationToken);

        // Sequential pass: per-stage latency on an otherwise idle engine.
        var sequential = new List<JudgeResult>();
        var latencies = new List<double>();
        for (var i = 0; i < Math.Min(count, 50); i++)
        {
            var result = await engine.JudgeAsync(problem, Vary(source, i), JudgeMode.Full, null, cancellationToken);
            if (result.Verdict != Verdict.Accepted) throw new InvalidOperationException($"reference got {result.Verdict}: {result.Message}");
            sequential.Add(result);
            latencies.Add(result.Timings.TotalMs);
            await Task.Delay(150, cancellationToken); // let the pool refill, as between real submissions
        }
        Console.WriteLine("sequential (one submission at a time, warm engine):");
        Print("compile", sequential.Select(r => r.Timings.CompileMs));
        Print("sandbox start (runner hand-over)", sequential.Select(r => r.Timings.SandboxStartMs));
        Print("execution (all tests)", sequential.Select(r => r.Timings.RunMs));
        Print("checking (all tests)", sequential.Select(r => r.Timings.CheckMs));
        Print("end-to-end", latencies);
        // The same runner's CPU alone and with both cores busy (below): the difference is what contention costs.
        Print("runner CPU (its group, start-up included)", sequential.Select(r => r.Runner?.CpuMs ?? 0));

        // Throughput pass: both cores busy. Where the CPU goes is read around it: the judge process, the compile hosts,
        // and each runner's own group (start-up included).
        var (judgeCpu, compileCpu) = (ProcessCpu.SelfMs(), ProcessCpu.ChildrenMs("MlJudge.CompileHost"));
        double runnerCpu = 0;
        var total = Stopwatch.StartNew();
        var loaded = new List<double>();
        var next = 0;
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            while (Interlocked.Increment(ref next) <= count)
            {
                var result = await engine.JudgeAsync(problem, Vary(source, 1000 + next), JudgeMode.Full, null, cancellationToken);
                if (result.Verdict != Verdict.Accepted) throw new InvalidOperationException($"reference got {result.Verdict}: {result.Message}");
                lock (loaded)
                {
                    loaded.Add(result.Timings.TotalMs);
                    runnerCpu += result.Runner?.CpuMs ?? 0;
                }
            }
        }));
        var elapsed = total.Elapsed;
        (judgeCpu, compileCpu) = ((ProcessCpu.SelfMs() - judgeCpu) / count, (ProcessCpu.ChildrenMs("MlJudge.CompileHost") - compileCpu) / count);
        runnerCpu /= count;
        Console.WriteLine($"throughput ({concurrency} concurrent):");
        Print("end-to-end", loaded);
        Console.WriteLine($"  submissions per second: {count / elapsed.TotalSeconds:0.0}");
        var perSubmission = judgeCpu + compileCpu + runnerCpu;
        Console.WriteLine($"  CPU per submission: judge {judgeCpu:0.0} ms + compile host {compileCpu:0.0} ms + runner {runnerCpu:0.0} ms = {perSubmission:0.0} ms" +
            $" (at most {Environment.ProcessorCount * 1000 / perSubmission:0.0}/s on {Environment.ProcessorCount} cores)");
        return CommandLine.ExitAccepted;
    }

    // A distinct comment per submission, so no layer can serve a cached compilation.
    private static string Vary(string source, int i) => $"// submission {i}\n{source}";

    private static void Print(string stage, IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        double At(double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
        Console.WriteLine($"  {stage,-34} p50 {At(0.5),8:0.00} ms   p99 {At(0.99),8:0.00} ms");
    }
}
