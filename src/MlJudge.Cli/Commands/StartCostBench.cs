using MlJudge.Engine.Sandbox;

namespace MlJudge.Cli.Commands;

/// <summary>Prints the one-shot runner's start cost next to a bare `dotnet hello.dll` started through the same sandbox.</summary>
internal static class StartCostBench
{
    public static async Task<bool> RunAsync(CommandLine args, CancellationToken cancellationToken)
    {
        var rounds = args.Int("start-rounds", 15);
        IReadOnlyList<StartCost> runner, hello;
        IsolationLevel isolation;
        try
        {
            (runner, hello, isolation) = await StartCostProbe.MeasureAsync(rounds, args.Has("unsafe-no-sandbox"), cancellationToken);
        }
        catch (InvalidOperationException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return false;
        }
        Console.WriteLine($"start cost ({rounds} alternating starts each, isolation {isolation}, load average {LoadAverage()}):");
        Console.WriteLine($"  {"",-26} {"wall p50",10} {"CPU p50",10} {"CPU min",10}");
        Row("runner (to ready, then exit)", runner);
        Row("bare dotnet hello.dll", hello);
        Console.WriteLine($"  ratio runner/hello: CPU p50 {Median(runner, c => c.CpuMs) / Median(hello, c => c.CpuMs):0.00}, " +
            $"CPU min {runner.Min(c => c.CpuMs) / hello.Min(c => c.CpuMs):0.00}, wall p50 {Median(runner, c => c.WallMs) / Median(hello, c => c.WallMs):0.00}");
        return true;
    }

    private static void Row(string name, IReadOnlyList<StartCost> costs) =>
        Console.WriteLine($"  {name,-26} {Median(costs, c => c.WallMs),7:0.0} ms {Median(costs, c => c.CpuMs),7:0.0} ms {costs.Min(c => c.CpuMs),7:0.0} ms");

    private static double Median(IEnumerable<StartCost> costs, Func<StartCost, double> figure)
    {
        var sorted = costs.Select(figure).Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    /// <summary>The 1-minute load average, printed with every figure: on a shared machine absolute times mean little without it.</summary>
    public static string LoadAverage()
    {
        try { return File.ReadAllText("/proc/loadavg").Split(' ')[0]; }
        catch (IOException) { return "?"; }
    }
}
