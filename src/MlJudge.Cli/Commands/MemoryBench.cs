using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MlJudge.Engine.Judging;
using MlJudge.Engine.Problems;

namespace MlJudge.Cli.Commands;

/// <summary>
/// `bench --memory`: resident memory of the built server idle on the real catalog and on a synthetic
/// 1 000-problem one, its warm-restart time to a 200 from /health, and softmax judging latency with its
/// hidden tests not cached against cached.
/// </summary>
internal static class MemoryBench
{
    public static async Task<int> RunAsync(CommandLine args, CancellationToken cancellationToken)
    {
        var problems = Path.GetFullPath(args.Positional(0) ?? CommandLine.DefaultProblemsFolder());
        if (args.Has("latency-only")) return await ColdWarmAsync(args, Path.Combine(problems, "softmax"), cancellationToken);
        var server = Path.GetFullPath(Path.Combine(problems, "..", "src", "MlJudge.Server", "bin", "Release", "net10.0", "MlJudge.Server.dll"));
        if (!File.Exists(server)) throw new UsageException($"build the server first (dotnet build src/MlJudge.Server -c Release): {server} not found");
        var workers = args.Has("workers") ? int.Parse(args.Value("workers")!) : 0;
        var scratch = Directory.CreateTempSubdirectory("mljudge-membench-").FullName;
        // As root the server runs its private PostgreSQL as the postgres user, who must reach the data folder.
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(scratch, (UnixFileMode)0b111_101_101);
        try
        {
            var count = Directory.GetDirectories(problems).Length;
            Console.WriteLine($"server memory and start-up (MlJudge__Workers={workers}, load average {StartCostBench.LoadAverage()}):");
            var data = Path.Combine(scratch, "data");
            var first = await ServerRun.MeasureAsync(server, problems, data, workers, cancellationToken);
            Console.WriteLine($"  {count} problems, first start (database created): /health 200 after {first.HealthSeconds:0.0} s, RSS idle {first.RssMb:0} MB");
            var warm = await ServerRun.MeasureAsync(server, problems, data, workers, cancellationToken);
            Console.WriteLine($"  {count} problems, warm restart: /health 200 after {warm.HealthSeconds:0.0} s, RSS idle {warm.RssMb:0} MB   (load average {StartCostBench.LoadAverage()})");

            var synthetic = Path.Combine(scratch, "catalog");
            var total = args.Int("problems", 1000);
            SyntheticCatalog(problems, synthetic, total);
            var big = await ServerRun.MeasureAsync(server, synthetic, Path.Combine(scratch, "data-big"), workers, cancellationToken);
            Console.WriteLine($"  {total} problems (synthetic), first start: /health 200 after {big.HealthSeconds:0.0} s, RSS idle {big.RssMb:0} MB   (load average {StartCostBench.LoadAverage()})");
        }
        finally
        {
            try { Directory.Delete(scratch, true); }
            catch (IOException) { }
        }
        return await ColdWarmAsync(args, Path.Combine(problems, "softmax"), cancellationToken);
    }

    /// <summary>Copies of the real folders under new ids, as symbolic links to their files: the loader reads the same bytes, the disk holds them once.</summary>
    private static void SyntheticCatalog(string problems, string target, int total)
    {
        var sources = Directory.GetDirectories(problems).Order(StringComparer.Ordinal).ToArray();
        for (var i = 0; i < total; i++)
        {
            var source = sources[i % sources.Length];
            var folder = Path.Combine(target, $"{Path.GetFileName(source)}-{i:0000}");
            foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
            {
                var copy = Path.Combine(folder, Path.GetRelativePath(source, file));
                Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
                File.CreateSymbolicLink(copy, file);
            }
        }
    }

    private static async Task<int> ColdWarmAsync(CommandLine args, string folder, CancellationToken cancellationToken)
    {
        var problem = ProblemLoader.Load(folder);
        var source = await File.ReadAllTextAsync(TestGenerator.ReferenceSolution(folder), cancellationToken);
        await using var engine = await EngineStarter.StartAsync(args.EngineOptions(poolSize: 2), cancellationToken);
        if (engine is null) return CommandLine.ExitUsage;
        for (var i = 0; i < 5; i++) await engine.JudgeAsync(problem, $"// warm-up {i}\n{source}", JudgeMode.Full, null, cancellationToken);
        var cold = new List<double>();
        var warm = new List<double>();
        var rounds = args.Int("submissions", 15);
        for (var i = 0; i < rounds; i++)
        {
            // Alternate, so both see the same machine load.
            HiddenTestCache.Shared.Clear();
            cold.Add(await JudgeMsAsync(engine, problem, $"// cold {i}\n{source}", cancellationToken));
            await Task.Delay(150, cancellationToken);
            warm.Add(await JudgeMsAsync(engine, problem, $"// warm {i}\n{source}", cancellationToken));
            await Task.Delay(150, cancellationToken);
        }
        double Median(List<double> v) => v.Order().ElementAt(v.Count / 2);
        Console.WriteLine($"softmax judging ({problem.Hidden.Count} hidden tests, {((HiddenTestList)problem.Hidden).Bytes / 1024} KiB of files), {rounds} each, alternating, load average {StartCostBench.LoadAverage()}:");
        Console.WriteLine($"  hidden tests not cached: p50 {Median(cold):0.0} ms; cached: p50 {Median(warm):0.0} ms; ratio {Median(cold) / Median(warm):0.00}");
        return CommandLine.ExitAccepted;
    }

    private static async Task<double> JudgeMsAsync(JudgeEngine engine, Problem problem, string source, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var result = await engine.JudgeAsync(problem, source, JudgeMode.Full, null, cancellationToken);
        if (result.Verdict != Verdict.Accepted) throw new InvalidOperationException($"reference got {result.Verdict}: {result.Message}");
        return stopwatch.Elapsed.TotalMilliseconds;
    }

    private sealed record ServerRun(double HealthSeconds, double RssMb)
    {
        /// <summary>Starts the server, waits for /health, lets it idle, reads its RSS, and stops it gracefully (it stops its PostgreSQL).</summary>
        public static async Task<ServerRun> MeasureAsync(string dll, string problems, string data, int workers, CancellationToken cancellationToken)
        {
            var port = FreePort();
            var info = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
            info.ArgumentList.Add(dll);
            info.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
            info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
            info.Environment["MlJudge__ProblemsPath"] = problems;
            info.Environment["MlJudge__DataPath"] = data;
            info.Environment["MlJudge__Workers"] = workers.ToString();
            var stopwatch = Stopwatch.StartNew();
            using var process = Process.Start(info)!;
            var output = new System.Text.StringBuilder();
            process.OutputDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
            process.ErrorDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            try
            {
                using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
                double? health = null;
                while (health is null && stopwatch.Elapsed < TimeSpan.FromMinutes(5) && !process.HasExited)
                {
                    try
                    {
                        if ((await http.GetAsync($"http://127.0.0.1:{port}/health", cancellationToken)).StatusCode == HttpStatusCode.OK) health = stopwatch.Elapsed.TotalSeconds;
                    }
                    catch (HttpRequestException) { }
                    catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested) { }
                    if (health is null) await Task.Delay(100, cancellationToken);
                }
                if (health is null) throw new InvalidOperationException($"the server did not answer /health: {output}");
                await Task.Delay(TimeSpan.FromSeconds(5), cancellationToken); // idle after start-up
                return new ServerRun(health.Value, ResidentMb(process.Id));
            }
            finally
            {
                if (!process.HasExited)
                {
                    using (var term = Process.Start("kill", ["-TERM", process.Id.ToString()])) await term.WaitForExitAsync(cancellationToken);
                    using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
                    try { await process.WaitForExitAsync(timeout.Token); }
                    catch (OperationCanceledException) { process.Kill(true); }
                }
            }
        }

        private static double ResidentMb(int pid) =>
            File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal))
                .Split(' ', StringSplitOptions.RemoveEmptyEntries)[1] is var kb ? long.Parse(kb) / 1024.0 : 0;

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
    }
}
