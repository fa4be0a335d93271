using MlJudge.Engine.Judging;
using MlJudge.Engine.Problems;

namespace MlJudge.Cli.Commands;

/// <summary>
/// `bench --catalog`: judges every problem's accepted reference and one known-bad solution, one at a time on a
/// warm engine, and prints per-problem end-to-end time, runner CPU and peak runner memory, sorted, with totals.
/// </summary>
internal static class CatalogBench
{
    /// <summary>An accepted reference whose slowest test uses more of the time limit than this is flagged.</summary>
    private const double TimeLimitShareFlag = 0.25;

    private sealed record Row(string Id, double TotalMs, double? CpuMs, long PeakBytes, double MaxTestMs, int TimeLimitMs, string Bad, Verdict? BadGot, Verdict? BadExpected)
    {
        public double Share => MaxTestMs / TimeLimitMs;
    }

    public static async Task<int> RunAsync(CommandLine args, CancellationToken cancellationToken)
    {
        var root = Path.GetFullPath(args.Positional(0) ?? CommandLine.DefaultProblemsFolder());
        var folders = Directory.GetDirectories(root).Where(f => File.Exists(Path.Combine(f, ProblemLoader.MetadataFile))).Order(StringComparer.Ordinal).ToArray();
        await using var engine = await EngineStarter.StartAsync(args.EngineOptions(poolSize: 2), cancellationToken);
        if (engine is null) return CommandLine.ExitUsage;

        // Warm-up on the first problem: JIT in the judge, the compile host and the runner pool.
        var first = ProblemLoader.Load(folders[0]);
        var firstSource = await File.ReadAllTextAsync(TestGenerator.ReferenceSolution(first.FolderPath), cancellationToken);
        for (var i = 0; i < 5; i++) await engine.JudgeAsync(first, $"// warm-up {i}\n{firstSource}", JudgeMode.Full, null, cancellationToken);

        var rows = new List<Row>();
        var failures = 0;
        foreach (var folder in folders)
        {
            var problem = ProblemLoader.Load(folder);
            var reference = await engine.JudgeAsync(problem, await File.ReadAllTextAsync(TestGenerator.ReferenceSolution(folder), cancellationToken), JudgeMode.Full, null, cancellationToken);
            if (reference.Verdict != Verdict.Accepted)
            {
                failures++;
                Console.WriteLine($"FAIL {problem.Id}: reference got {reference.Verdict}: {reference.Message}");
            }
            var (badFile, badExpected) = KnownBad(folder);
            Verdict? badGot = null;
            if (badFile is not null)
            {
                var bad = await engine.JudgeAsync(problem, await File.ReadAllTextAsync(badFile, cancellationToken), JudgeMode.Full, null, cancellationToken);
                badGot = bad.Verdict;
                if (badGot != badExpected) failures++;
            }
            rows.Add(new Row(problem.Id, reference.Timings.TotalMs, reference.Runner?.CpuMs, reference.Runner?.PeakMemoryBytes ?? 0, reference.MaxTestMs,
                problem.Metadata.Limits.TimeMs, badFile is null ? "-" : Path.GetRelativePath(folder, badFile), badGot, badExpected));
        }

        Console.WriteLine($"catalog: {rows.Count} problems, accepted reference + one known-bad each, one at a time on a warm engine; " +
            $"isolation {engine.Isolation}; load average {StartCostBench.LoadAverage()}");
        Console.WriteLine($"  {"problem",-34} {"end-to-end",10} {"runner CPU",10} {"peak mem",9} {"slowest test",12} {"of limit",8}  known-bad");
        foreach (var row in rows.OrderByDescending(r => r.TotalMs))
        {
            var flag = row.Share > TimeLimitShareFlag ? " !>25%" : "";
            var bad = row.BadGot is null ? "none" : $"{row.Bad}: {row.BadGot}{(row.BadGot == row.BadExpected ? "" : $" (expected {row.BadExpected})")}";
            Console.WriteLine($"  {row.Id,-34} {row.TotalMs,7:0.0} ms {(row.CpuMs is { } c ? $"{c,7:0.0} ms" : "      n/a"),10} {row.PeakBytes / 1048576.0,6:0.0} MB " +
                $"{row.MaxTestMs,9:0.00} ms {row.Share,7:0.0%}{flag}  {bad}");
        }
        Console.WriteLine("reference solutions:");
        Summary("end-to-end", rows.Select(r => r.TotalMs), "ms");
        if (rows.All(r => r.CpuMs is not null)) Summary("runner CPU", rows.Select(r => r.CpuMs!.Value), "ms");
        Summary("peak runner memory", rows.Select(r => r.PeakBytes / 1048576.0), "MB");
        Summary("share of time limit", rows.Select(r => r.Share * 100), "%");
        Console.WriteLine($"  five slowest: {string.Join(", ", rows.OrderByDescending(r => r.TotalMs).Take(5).Select(r => $"{r.Id} {r.TotalMs:0} ms"))}");
        var flagged = rows.Where(r => r.Share > TimeLimitShareFlag).ToList();
        Console.WriteLine(flagged.Count == 0 ? "  no reference uses more than 25% of its time limit"
            : $"  over 25% of the time limit: {string.Join(", ", flagged.Select(r => $"{r.Id} {r.Share:0%}"))}");
        Console.WriteLine($"  {failures} unexpected verdicts");
        return failures == 0 ? CommandLine.ExitAccepted : CommandLine.ExitRejected;
    }

    private static void Summary(string name, IEnumerable<double> values, string unit)
    {
        var sorted = values.Order().ToArray();
        double At(double q) => sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Length) - 1, 0, sorted.Length - 1)];
        Console.WriteLine($"  {name,-20} total {sorted.Sum(),9:0.0} {unit}   median {At(0.5),7:0.0} {unit}   p90 {At(0.9),7:0.0} {unit}   max {sorted[^1],7:0.0} {unit}");
    }

    /// <summary>The first solution under solutions/ whose expected verdict is not Accepted.</summary>
    private static (string? File, Verdict? Expected) KnownBad(string folder)
    {
        var root = Path.Combine(folder, "solutions");
        if (!Directory.Exists(root)) return (null, null);
        foreach (var directory in Directory.GetDirectories(root).Order(StringComparer.Ordinal))
        {
            if (VerdictNames.FromFolderName(Path.GetFileName(directory)) is not { } verdict || verdict == Verdict.Accepted) continue;
            if (Directory.GetFiles(directory, "*.cs").Order(StringComparer.Ordinal).FirstOrDefault() is { } file) return (file, verdict);
        }
        return (null, null);
    }
}
