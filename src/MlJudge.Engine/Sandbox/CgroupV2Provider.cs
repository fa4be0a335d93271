namespace MlJudge.Engine.Sandbox;

/// <summary>cgroup v2: one unified hierarchy; the judge's subtree delegates memory, pids and cpu.</summary>
internal sealed class CgroupV2Provider(string mount, string groupRoot) : CgroupProvider
{
    private readonly string _root = Path.Combine(mount, groupRoot);

    public override string Name => "cgroup-v2";

    public bool TryInitialize()
    {
        var controllers = File.ReadAllText(Path.Combine(mount, "cgroup.controllers"));
        if (!controllers.Contains("memory") || !controllers.Contains("pids")) return false;
        Directory.CreateDirectory(_root);
        File.WriteAllText(Path.Combine(mount, "cgroup.subtree_control"), "+memory +pids");
        File.WriteAllText(Path.Combine(_root, "cgroup.subtree_control"), "+memory +pids");
        return true;
    }

    public override ICgroup Create(string name, long memoryBytes, int maxPids)
    {
        var path = Path.Combine(_root, name);
        Directory.CreateDirectory(path);
        File.WriteAllText(Path.Combine(path, "memory.max"), memoryBytes.ToString());
        try { File.WriteAllText(Path.Combine(path, "memory.swap.max"), "0"); }
        catch (IOException) { }
        File.WriteAllText(Path.Combine(path, "pids.max"), maxPids.ToString());
        return new Group(path);
    }

    private sealed class Group(string path) : ICgroup
    {
        public IReadOnlyList<string> ProcsFiles { get; } = [Path.Combine(path, "cgroup.procs")];

        public long PeakMemoryBytes() => long.TryParse(Read("memory.peak"), out var v) ? v : 0;

        public double? CpuMs() =>
            (Read("cpu.stat") ?? "").Split('\n').FirstOrDefault(l => l.StartsWith("usage_usec ", StringComparison.Ordinal)) is { } line
            && long.TryParse(line[11..], out var us) ? us / 1000.0 : null;

        public bool HitMemoryLimit()
        {
            foreach (var line in (Read("memory.events") ?? "").Split('\n'))
            {
                var parts = line.Split(' ');
                if (parts.Length == 2 && parts[0] is "max" or "oom" or "oom_kill" && long.TryParse(parts[1], out var n) && n > 0) return true;
            }
            return false;
        }

        private string? Read(string file)
        {
            try { return File.ReadAllText(Path.Combine(path, file)).Trim(); }
            catch (IOException) { return null; }
        }

        public void KillAll()
        {
            try { File.WriteAllText(Path.Combine(path, "cgroup.kill"), "1"); }
            catch (IOException) { KillPids(Path.Combine(path, "cgroup.procs")); }
        }

        public void Dispose()
        {
            KillAll();
            RemoveWhenEmpty(path);
        }
    }
}
