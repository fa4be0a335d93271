using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace MlJudge.Engine.Sandbox;

/// <summary>One start of a sandboxed program: wall time to its first output line, and the CPU of the whole process tree.</summary>
public sealed record StartCost(double WallMs, double CpuMs);

/// <summary>
/// Measures what a one-shot runner costs to start (to its "ready" line) against a bare hello-world started
/// through exactly the same sandbox (shell, prlimit, bubblewrap, cgroup), alternating the two so both see
/// the same machine load. CPU comes from getrusage(RUSAGE_CHILDREN), so nothing else may start child
/// processes in this process while it runs: call it before starting an engine.
/// </summary>
public static class StartCostProbe
{
    private const string HelloName = "hello";
    private const int MemoryMb = 256;

    public static async Task<(IReadOnlyList<StartCost> Runner, IReadOnlyList<StartCost> Hello, IsolationLevel Isolation)> MeasureAsync(
        int rounds, bool allowUnsandboxed, CancellationToken cancellationToken)
    {
        var sandbox = new SandboxOptions { WorkDirectory = Path.Combine(Path.GetTempPath(), $"mljudge-startcost-{Environment.ProcessId}-{Guid.NewGuid():N}") };
        var kind = IsolationProbe.Detect(sandbox);
        if (kind == IsolationKind.None && !allowUnsandboxed) throw new InvalidOperationException("no OS isolation here; run as root with bubblewrap");
        var cgroups = kind == IsolationKind.None ? null : CgroupProvider.Detect();
        var isolation = new IsolationLevel(kind, cgroups?.Name);
        try
        {
            var runner = new SandboxLauncher(sandbox, isolation, RunnerFiles.Stage(sandbox.WorkDirectory));
            var hello = new SandboxLauncher(sandbox, isolation, StageHello(Path.Combine(sandbox.WorkDirectory, "hello")), HelloName);
            var runnerCosts = new List<StartCost>();
            var helloCosts = new List<StartCost>();
            for (var i = -2; i < rounds; i++) // two untimed rounds warm the page cache
            {
                var r = await StartOnceAsync(runner, cgroups, cancellationToken);
                var h = await StartOnceAsync(hello, cgroups, cancellationToken);
                if (i < 0) continue;
                runnerCosts.Add(r);
                helloCosts.Add(h);
            }
            return (runnerCosts, helloCosts, isolation);
        }
        finally
        {
            try { Directory.Delete(sandbox.WorkDirectory, true); }
            catch (IOException) { }
        }
    }

    private static async Task<StartCost> StartOnceAsync(SandboxLauncher launcher, CgroupProvider? cgroups, CancellationToken cancellationToken)
    {
        using var cgroup = cgroups?.Create($"startcost-{Environment.ProcessId}-{Guid.NewGuid():N}", launcher.CgroupMemoryBytes(MemoryMb), 64);
        var cpuBefore = Native.ChildrenCpuTime();
        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(launcher.Create(MemoryMb, 60, cgroup))!;
        var first = await process.StandardOutput.ReadLineAsync(cancellationToken);
        var wall = stopwatch.Elapsed.TotalMilliseconds;
        if (first is null) throw new InvalidOperationException($"the sandboxed program wrote nothing: {await process.StandardError.ReadToEndAsync(cancellationToken)}");
        process.StandardInput.Close(); // the runner ends on end of input, as when the judge has no submission for it
        await process.StandardOutput.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        // rusage misses what dies inside bubblewrap's pid namespace; the group's CPU account sees every process in it.
        var cpu = cgroup?.CpuMs() ?? (Native.ChildrenCpuTime() - cpuBefore).TotalMilliseconds;
        return new StartCost(wall, cpu);
    }

    /// <summary>Compiles a console hello-world with the same runtime configuration shape as the runner's.</summary>
    private static string StageHello(string directory)
    {
        Directory.CreateDirectory(directory);
        var compilation = CSharpCompilation.Create(HelloName,
            [CSharpSyntaxTree.ParseText("System.Console.WriteLine(\"hello\");")],
            Basic.Reference.Assemblies.Net100.References.All,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, optimizationLevel: OptimizationLevel.Release));
        using (var stream = File.Create(Path.Combine(directory, HelloName + ".dll")))
        {
            var result = compilation.Emit(stream);
            if (!result.Success) throw new InvalidOperationException("hello-world did not compile: " + string.Join("; ", result.Diagnostics));
        }
        File.WriteAllText(Path.Combine(directory, HelloName + ".runtimeconfig.json"),
            """{"runtimeOptions":{"tfm":"net10.0","framework":{"name":"Microsoft.NETCore.App","version":"VERSION"}}}"""
                .Replace("VERSION", $"{Environment.Version.Major}.{Environment.Version.Minor}.0"));
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(directory, (UnixFileMode)0b111_101_101);
        return directory;
    }
}
