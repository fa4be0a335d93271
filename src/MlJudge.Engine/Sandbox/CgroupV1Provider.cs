namespace MlJudge.Engine.Sandbox;

/// <summary>cgroup v1: separate memory, pids and cpu hierarchies.</summary>
internal sealed class CgroupV1Provider(string mount, string groupRoot) : CgroupProvider
{
    private readonly string _memory = Path.Combine(mount, "memory", groupRoot);
    private readonly string _pids = Path.Combine(mount, "pids", groupRoot);

    // Optional: CPU accounting for benchmarks (not a limit; per-test time is the judge's watchdog). A container
    // may have it read-only while memory and pids are writable: then there is simply no CPU figure.
    private string? _cpuacct = File.Exists(Path.Combine(mount, "cpuacct", "cpuacct.usage")) ? Path.Combine(mount, "cpuacct", groupRoot) : null;

    public override string Name => "cgroup-v1";

    public bool TryInitialize()
    {
        Directory.CreateDirectory(_memory);
        Directory.CreateDirectory(_pids);
        try
        {
            if (_cpuacct is not null) Directory.CreateDirectory(_cpuacct);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _cpuacct = null;
        }
        return File.Exists(Path.Combine(_memory, "memory.limit_in_bytes")) && File.Exists(Path.Combine(_pids, "pids.max"));
    }

    public override ICgroup Create(string name, long memoryBytes, int maxPids)
    {
        var memory = Path.Combine(_memory, name);
        var pids = Path.Combine(_pids, name);
        Directory.CreateDirectory(memory);
        Directory.CreateDirectory(pids);
        File.WriteAllText(Path.Combine(memory, "memory.limit_in_bytes"), memoryBytes.ToString());
        // Without swap accounting the limit would leak into swap; not every kernel offers memsw.
        TryWrite(Path.Combine(memory, "memory.memsw.limit_in_bytes"), memoryBytes.ToString());
        File.WriteAllText(Path.Combine(pids, "pids.max"), maxPids.ToString());
        var cpuacct = _cpuacct is null ? null : Path.Combine(_cpuacct, name);
        if (cpuacct is not null) Directory.CreateDirectory(cpuacct);
        return new Group(memory, pids, cpuacct);
    }

    private static void TryWrite(string path, string value)
    {
        try { File.WriteAllText(path, value); }
        catch (IOException) { }
    }

    private sealed class Group(string memory, string pids, string? cpuacct) : ICgroup
    {
        public IReadOnlyList<string> ProcsFiles { get; } = cpuacct is null
            ? [Path.Combine(memory, "cgroup.procs"), Path.Combine(pids, "cgroup.procs")]
            : [Path.Combine(memory, "cgroup.procs"), Path.Combine(pids, "cgroup.procs"), Path.Combine(cpuacct, "cgroup.procs")];

        public double? CpuMs()
        {
            if (cpuacct is null) return null;
            try { return long.TryParse(File.ReadAllText(Path.Combine(cpuacct, "cpuacct.usage")).Trim(), out var ns) ? ns / 1e6 : null; }
            catch (IOException) { return null; }
        }

        public long PeakMemoryBytes() => long.TryParse(Read("memory.max_usage_in_bytes"), out var v) ? v : 0;

        public bool HitMemoryLimit()
        {
            var oom = Read("memory.oom_control")?.Split('\n').FirstOrDefault(l => l.StartsWith("oom_kill ", StringComparison.Ordinal));
            if (oom is not null && long.TryParse(oom[9..], out var kills) && kills > 0) return true;
            return long.TryParse(Read("memory.failcnt"), out var failures) && failures > 0;
        }

        private string? Read(string file)
        {
            try { return File.ReadAllText(Path.Combine(memory, file)).Trim(); }
            catch (IOException) { return null; }
        }

        public void KillAll()
        {
            KillPids(Path.Combine(pids, "cgroup.procs"));
            KillPids(Path.Combine(memory, "cgroup.procs"));
        }

        public void Dispose()
        {
            KillAll();
            RemoveWhenEmpty(memory);
            RemoveWhenEmpty(pids);
            if (cpuacct is not null) RemoveWhenEmpty(cpuacct);
        }
    }
}
