using System.Diagnostics;

namespace MlJudge.Engine.Sandbox;

/// <summary>Builds the command line that starts one runner inside the OS sandbox.</summary>
/// <param name="assemblyName">The program in the staged folder: the runner, or (for the start-cost benchmark) a bare hello-world.</param>
internal sealed class SandboxLauncher(SandboxOptions options, IsolationLevel isolation, string runnerDirectory, string assemblyName = RunnerFiles.AssemblyName)
{
    private const string RunnerMount = "/runner";
    private readonly string _dotnetRoot = RunnerFiles.DotnetRoot();

    public ProcessStartInfo Create(int memoryMb, int cpuSeconds, ICgroup? cgroup)
    {
        var info = new ProcessStartInfo
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = "/",
        };
        info.Environment.Clear();
        info.Environment["PATH"] = "/usr/bin:/bin";

        // Join the cgroups before exec, so the sandbox and every process it forks start inside them.
        var command = new List<string> { "/bin/sh", "-c", JoinScript(cgroup) + "exec \"$@\"", "mljudge-runner" };
        command.AddRange(["prlimit", $"--cpu={cpuSeconds}", "--core=0", $"--fsize={options.TmpSizeMb * 1024L * 1024}", "--"]);
        var runner = new[] { Path.Combine(_dotnetRoot, "dotnet"), RunnerPath() };
        switch (isolation.Kind)
        {
            case IsolationKind.Bubblewrap:
                command.AddRange(BubblewrapArguments(memoryMb));
                command.AddRange(runner);
                break;
            case IsolationKind.Unshare:
                command.AddRange(["unshare", "--pid", "--fork", "--kill-child", "--net", "--ipc", "--uts", "--mount", "--mount-proc", "--",
                    "setpriv", $"--reuid={options.SandboxUid}", $"--regid={options.SandboxUid}", "--clear-groups",
                    "--inh-caps=-all", "--bounding-set=-all", "--no-new-privs", "--", "env", "-i"]);
                command.AddRange(RunnerEnvironment(memoryMb).Select(kv => $"{kv.Key}={kv.Value}"));
                command.AddRange(runner);
                break;
            default:
                command.AddRange(["env", "-i"]);
                command.AddRange(RunnerEnvironment(memoryMb).Select(kv => $"{kv.Key}={kv.Value}"));
                command.AddRange(runner);
                break;
        }
        info.FileName = command[0];
        foreach (var argument in command.Skip(1)) info.ArgumentList.Add(argument);
        return info;
    }

    private string RunnerPath() => isolation.Kind == IsolationKind.Bubblewrap
        ? $"{RunnerMount}/{assemblyName}.dll"
        : Path.Combine(runnerDirectory, assemblyName + ".dll");

    private static string JoinScript(ICgroup? cgroup) =>
        cgroup is null ? "" : string.Concat(cgroup.ProcsFiles.Select(f => $"echo $$ > '{f}' || exit 97; "));

    private IEnumerable<string> BubblewrapArguments(int memoryMb)
    {
        var args = new List<string>
        {
            "bwrap", "--unshare-all", "--unshare-user", "--disable-userns", "--cap-drop", "ALL",
            "--uid", options.SandboxUid.ToString(), "--gid", options.SandboxUid.ToString(),
            "--die-with-parent", "--new-session", "--clearenv",
            "--ro-bind", _dotnetRoot, _dotnetRoot,
            "--ro-bind", runnerDirectory, RunnerMount,
            "--ro-bind", "/usr/lib", "/usr/lib",
        };
        foreach (var dir in new[] { "/lib", "/lib64", "/usr/lib64" })
        {
            var info = new DirectoryInfo(dir);
            if (!info.Exists) continue;
            if (info.LinkTarget is { } target) args.AddRange(["--symlink", target, dir]);
            else args.AddRange(["--ro-bind", dir, dir]);
        }
        args.AddRange(["--proc", "/proc", "--dev", "/dev", "--size", (options.TmpSizeMb * 1024L * 1024).ToString(), "--tmpfs", "/tmp", "--chdir", "/tmp"]);
        foreach (var (key, value) in RunnerEnvironment(memoryMb)) args.AddRange(["--setenv", key, value]);
        args.Add("--");
        return args;
    }

    private Dictionary<string, string> RunnerEnvironment(int memoryMb) => new()
    {
        ["PATH"] = "/usr/bin:/bin",
        ["HOME"] = "/tmp",
        ["TMPDIR"] = "/tmp",
        ["DOTNET_ROOT"] = _dotnetRoot,
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        ["DOTNET_NOLOGO"] = "1",
        // The submission's managed heap gets exactly its limit; the cgroup adds room for the runtime itself.
        ["DOTNET_GCHeapHardLimit"] = "0x" + (memoryMb * 1024L * 1024).ToString("x"),
        ["DOTNET_gcServer"] = "0",
        ["DOTNET_gcConcurrent"] = "0",
        ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1",
        // No diagnostic IPC channel (it would create sockets in /tmp that outlive nothing but the sandbox).
        ["DOTNET_EnableDiagnostics"] = "0",
        ["DOTNET_TieredPGO"] = "0",
    };

    public long CgroupMemoryBytes(int memoryMb) => (memoryMb + options.RuntimeOverheadMb) * 1024L * 1024;
}
