using System.Diagnostics;
using MlJudge.Engine.Compilation;
using MlJudge.Engine.Judging;
using MlJudge.Engine.Problems;

namespace MlJudge.Cli.Commands;

/// <summary>
/// Compile-time figures the compile limit is set from: every accepted solution in the catalog compiled
/// in-process (as the compile host does) with p50 and max, and, with --corpus, how long each compile bomb
/// of the hostile corpus holds a compile host through the real engine.
/// </summary>
public static class CompileBenchCommand
{
    public static async Task<int> RunAsync(CommandLine args, CancellationToken cancellationToken)
    {
        var problemsFolder = args.Positional(0) ?? CommandLine.DefaultProblemsFolder();
        var repeat = args.Int("repeat", 3);
        var compiler = new SubmissionCompiler();
        // Warm-up: the first compile loads Roslyn and generates the member list, as the compile host does at start.
        compiler.Compile(new CompileRequest(0, "double[] F(double[] x) => x.Select(v => v * 2).ToArray();", "F", ["double[]"], ["x"], "double[]"));

        var timings = new List<(string Name, double Ms)>();
        var used = new SourceShape();
        var failures = 0;
        foreach (var folder in Directory.GetDirectories(problemsFolder).Order(StringComparer.Ordinal))
        {
            var accepted = Path.Combine(folder, "solutions", "accepted");
            if (!Directory.Exists(accepted)) continue;
            var entry = ProblemLoader.LoadMetadata(folder).EntryPoint;
            foreach (var file in Directory.GetFiles(accepted, "*.cs").Order(StringComparer.Ordinal))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var source = await File.ReadAllTextAsync(file, cancellationToken);
                var shape = new SourceShape();
                SourceScreen.Check(source, shape);
                used.Include(shape);
                var request = new CompileRequest(0, source, entry.Method, entry.Parameters.Select(p => p.Type).ToArray(),
                    entry.Parameters.Select(p => p.Name).ToArray(), entry.Returns);
                var runs = new List<double>();
                for (var i = 0; i < repeat; i++)
                {
                    var watch = Stopwatch.StartNew();
                    var result = compiler.Compile(request);
                    runs.Add(watch.Elapsed.TotalMilliseconds);
                    if (result.Success || i > 0) continue;
                    failures++;
                    Console.WriteLine($"  FAILED {Path.GetRelativePath(problemsFolder, file)}: {result.Message}");
                }
                timings.Add((Path.GetRelativePath(problemsFolder, file), runs.Order().ElementAt(runs.Count / 2)));
            }
        }
        var sorted = timings.OrderBy(t => t.Ms).ToList();
        Console.WriteLine($"catalog: {sorted.Count} accepted solutions, median of {repeat} compiles each, {Environment.ProcessorCount} cores, {failures} failed");
        Console.WriteLine($"  compile p50 {sorted[sorted.Count / 2].Ms:0} ms   p90 {sorted[(int)(sorted.Count * 0.9)].Ms:0} ms   max {sorted[^1].Ms:0} ms");
        foreach (var (name, ms) in sorted.TakeLast(5).Reverse()) Console.WriteLine($"  {ms,6:0} ms  {name}");
        Console.WriteLine($"  screen limits:          {SourceScreen.Limits}, line {SourceScreen.MaxLineLength}");
        Console.WriteLine($"  most the catalog uses:  {used}");

        if (args.Value("corpus") is { } corpus) await BenchBombsAsync(args, corpus, problemsFolder, cancellationToken);
        return failures == 0 ? CommandLine.ExitAccepted : CommandLine.ExitRejected;
    }

    // Each compile bomb through the real engine: how long it holds a compile host before its CompilationError.
    private static async Task BenchBombsAsync(CommandLine args, string corpus, string problemsFolder, CancellationToken cancellationToken)
    {
        var options = args.EngineOptions(poolSize: 1);
        await using var engine = await EngineStarter.StartAsync(options, cancellationToken);
        if (engine is null) return;
        var problem = ProblemLoader.Load(Directory.GetDirectories(problemsFolder).Order(StringComparer.Ordinal)
            .First(d => File.Exists(Path.Combine(d, ProblemLoader.MetadataFile))));
        Console.WriteLine($"compile bombs through the engine ({options.CompileHostCount} compile host(s), limit {options.CompileTimeout.TotalSeconds:0.#} s):");
        foreach (var file in Directory.GetFiles(corpus, "*.cs").Order(StringComparer.Ordinal))
        {
            var source = await File.ReadAllTextAsync(file, cancellationToken);
            var name = Path.GetFileNameWithoutExtension(file);
            if (!source.StartsWith("// expect: CompilationError", StringComparison.Ordinal)) continue;
            if (!name.StartsWith("compile_", StringComparison.Ordinal) && name is not ("nested_parentheses_bomb" or "const_string_doubling" or "exponential_overload_binding")) continue;
            var watch = Stopwatch.StartNew();
            var result = await engine.JudgeAsync(problem, source, JudgeMode.Samples, null, cancellationToken);
            var message = result.Message ?? "";
            Console.WriteLine($"  {watch.Elapsed.TotalMilliseconds,7:0} ms  {result.Verdict,-16} {name}: {message[..Math.Min(message.Length, 90)]}");
        }
    }
}
