using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.SignalR.Client;

namespace MlJudge.Cli.Commands;

/// <summary>
/// Load against a running server: M clients log in, fire N submissions between them, and wait for every
/// Verdict over SignalR. `--mix soak` sends a mix of accepted, wrong, slow, memory-hungry and hostile code.
/// Prints submit-to-verdict latency, throughput, and any submission lost or stuck.
/// </summary>
public static class LoadTestCommand
{
    private sealed record Job(string ProblemId, string Source, string Expected);

    public static async Task<int> RunAsync(CommandLine args, CancellationToken cancellationToken)
    {
        var url = new Uri(args.Value("url") ?? "http://localhost:5080");
        var total = args.Int("submissions", 200);
        var clients = args.Int("clients", 8);
        var jobs = args.Value("mix") == "soak" ? SoakMix() : [new Job("softmax", StableSoftmax, "Accepted")];
        var timeout = TimeSpan.FromSeconds(args.Int("timeout", 120));
        Console.WriteLine($"{url}: {total} submissions from {clients} clients ({(jobs.Count > 1 ? "soak mix" : "softmax")})");

        var latencies = new ConcurrentBag<double>();
        var wrongVerdicts = new ConcurrentBag<string>();
        var lost = 0;
        var next = -1;
        var stopwatch = Stopwatch.StartNew();
        var serverMemory = new List<long>();
        using var sampler = new CancellationTokenSource();
        var sampling = SampleServerMemoryAsync(args.Int("server-pid", 0), serverMemory, sampler.Token);

        await Task.WhenAll(Enumerable.Range(0, clients).Select(async c =>
        {
            using var http = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromSeconds(30) };
            var token = await LoginAsync(http, $"load{c}_{Guid.NewGuid():N}"[..20], cancellationToken);
            http.DefaultRequestHeaders.Authorization = new("Bearer", token);
            var verdicts = new ConcurrentDictionary<long, TaskCompletionSource<string>>();
            await using var hub = new HubConnectionBuilder()
                .WithUrl(new Uri(url, "/hubs/judge"), o => o.AccessTokenProvider = () => Task.FromResult<string?>(token))
                .Build();
            hub.On<long, JsonElement>("Verdict", (id, v) => verdicts.GetOrAdd(id, _ => new()).TrySetResult(v.GetProperty("verdict").GetString()!));
            await hub.StartAsync(cancellationToken);
            int i;
            while ((i = Interlocked.Increment(ref next)) < total)
            {
                var job = jobs[i % jobs.Count];
                var started = Stopwatch.GetTimestamp();
                var response = await http.PostAsJsonAsync("/api/submissions", new { problemId = job.ProblemId, source = job.Source + $"\n// {i}" }, cancellationToken);
                if ((int)response.StatusCode != 202) throw new InvalidOperationException($"submit failed: {response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}");
                var id = (await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken))!["id"]!.GetValue<long>();
                var verdict = verdicts.GetOrAdd(id, _ => new());
                await hub.InvokeAsync("Subscribe", id, cancellationToken);
                var finished = await Task.WhenAny(verdict.Task, Task.Delay(timeout, cancellationToken));
                if (finished != verdict.Task)
                {
                    Interlocked.Increment(ref lost);
                    continue;
                }
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (verdict.Task.Result != job.Expected) wrongVerdicts.Add($"{job.ProblemId}: expected {job.Expected}, got {verdict.Task.Result}");
            }
        }));
        var elapsed = stopwatch.Elapsed;
        await sampler.CancelAsync();
        await sampling;

        var sorted = latencies.Order().ToArray();
        double At(double q) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
        Console.WriteLine($"  finished {sorted.Length}/{total}; lost or stuck {lost}; unexpected verdicts {wrongVerdicts.Count}");
        Console.WriteLine($"  submit-to-verdict p50 {At(0.5):0.0} ms   p99 {At(0.99):0.0} ms   max {At(1):0.0} ms");
        Console.WriteLine($"  throughput {sorted.Length / elapsed.TotalSeconds:0.0} submissions/s over {elapsed.TotalSeconds:0.0} s");
        if (serverMemory.Count >= 4)
        {
            var quarter = serverMemory.Count / 4;
            Console.WriteLine($"  server RSS after warm-up {serverMemory[quarter] / 1048576.0:0} MB, at the end {serverMemory[^1] / 1048576.0:0} MB, peak {serverMemory.Max() / 1048576.0:0} MB");
        }
        foreach (var w in wrongVerdicts.Distinct().Take(10)) Console.WriteLine($"  unexpected: {w}");
        return lost == 0 && wrongVerdicts.IsEmpty ? CommandLine.ExitAccepted : CommandLine.ExitRejected;
    }

    private static async Task<string> LoginAsync(HttpClient http, string username, CancellationToken cancellationToken)
    {
        var credentials = new { username, password = "load test password" };
        await http.PostAsJsonAsync("/api/auth/register", credentials, cancellationToken);
        var login = await http.PostAsJsonAsync("/api/auth/login", credentials, cancellationToken);
        login.EnsureSuccessStatusCode();
        return (await login.Content.ReadFromJsonAsync<JsonObject>(cancellationToken))!["token"]!.GetValue<string>();
    }

    private static async Task SampleServerMemoryAsync(int pid, List<long> samples, CancellationToken cancellationToken)
    {
        if (pid <= 0) return;
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var status = await File.ReadAllLinesAsync($"/proc/{pid}/status", cancellationToken);
                var rss = status.FirstOrDefault(l => l.StartsWith("VmRSS:"));
                if (rss is not null) samples.Add(long.Parse(rss.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024);
                await Task.Delay(1000, cancellationToken);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException) { }
    }

    private const string StableSoftmax = """
        double[] Softmax(double[] logits)
        {
            var m = logits.Max();
            var e = logits.Select(z => Math.Exp(z - m)).ToArray();
            var s = e.Sum();
            return e.Select(v => v / s).ToArray();
        }
        """;

    private static List<Job> SoakMix() =>
    [
        new("softmax", StableSoftmax, "Accepted"),
        new("softmax", StableSoftmax, "Accepted"),
        new("softmax", "double[] Softmax(double[] logits) { var e = logits.Select(Math.Exp).ToArray(); var s = e.Sum(); return e.Select(v => v / s).ToArray(); }", "WrongAnswer"),
        new("iou", "double IoU(double[] a, double[] b) { var w = Math.Max(0, Math.Min(a[2], b[2]) - Math.Max(a[0], b[0])); var h = Math.Max(0, Math.Min(a[3], b[3]) - Math.Max(a[1], b[1])); var i = w * h; var u = (a[2]-a[0])*(a[3]-a[1]) + (b[2]-b[0])*(b[3]-b[1]) - i; return u <= 0 ? 0 : i / u; }", "Accepted"),
        new("softmax", "double[] Softmax(double[] logits) { while (true) { } }", "TimeLimitExceeded"),
        new("softmax", "double[] Softmax(double[] logits) { var keep = new List<double[]>(); while (true) keep.Add(new double[1 << 20]); }", "MemoryLimitExceeded"),
        new("softmax", "double[] Softmax(double[] logits) { System.IO.File.ReadAllText(\"/etc/passwd\"); return logits; }", "CompilationError"),
        new("softmax", "int Down(int n) => Down(n + 1) + 1;\ndouble[] Softmax(double[] logits) { Down(0); return logits; }", "RuntimeError"),
        new("softmax", "double[] Softmax(double[] logits) { while (true) Console.WriteLine(\"flood\"); }", "OutputLimitExceeded"),
        new("trapping-rain-water", "int Trap(int[] h) { int l = 0, r = h.Length - 1, lm = 0, rm = 0, w = 0; while (l < r) { if (h[l] < h[r]) { lm = Math.Max(lm, h[l]); w += lm - h[l++]; } else { rm = Math.Max(rm, h[r]); w += rm - h[r--]; } } return w; }", "Accepted"),
    ];
}
