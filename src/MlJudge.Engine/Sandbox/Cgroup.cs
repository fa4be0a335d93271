namespace MlJudge.Engine.Sandbox;

/// <summary>A control group holding one runner: memory, pids and CPU limits, and the figures read back after a run.</summary>
public interface ICgroup : IDisposable
{
    /// <summary>Files a process writes its pid to (before exec) to join this group in every hierarchy.</summary>
    IReadOnlyList<string> ProcsFiles { get; }

    long PeakMemoryBytes();

    /// <summary>CPU time of every process the group has held, or null when the host does not account it.</summary>
    double? CpuMs() => null;

    /// <summary>Whether the kernel's OOM killer fired or the memory limit was hit.</summary>
    bool HitMemoryLimit();

    void KillAll();
}

/// <summary>Creates per-runner groups on whichever cgroup version the host has.</summary>
public abstract class CgroupProvider
{
    public abstract string Name { get; }

    public abstract ICgroup Create(string name, long memoryBytes, int maxPids);

    public static CgroupProvider? Detect(string groupRoot = "mljudge")
    {
        if (!OperatingSystem.IsLinux() || Native.GetEffectiveUserId() != 0) return null;
        try
        {
            if (File.Exists("/sys/fs/cgroup/cgroup.controllers"))
            {
                var v2 = new CgroupV2Provider("/sys/fs/cgroup", groupRoot);
                if (v2.TryInitialize()) return v2;
            }
            if (Directory.Exists("/sys/fs/cgroup/memory") && Directory.Exists("/sys/fs/cgroup/pids"))
            {
                var v1 = new CgroupV1Provider("/sys/fs/cgroup", groupRoot);
                if (v1.TryInitialize()) return v1;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
        return null;
    }

    internal static void KillPids(string procsFile)
    {
        for (var round = 0; round < 10; round++)
        {
            string[] pids;
            try { pids = File.ReadAllLines(procsFile); }
            catch (IOException) { return; }
            if (pids.Length == 0) return;
            foreach (var pid in pids)
            {
                if (int.TryParse(pid, out var id)) Native.Kill(id, Native.SIGKILL);
            }
            Thread.Sleep(5);
        }
    }

    internal static void RemoveWhenEmpty(string path)
    {
        for (var i = 0; i < 50; i++)
        {
            try
            {
                if (Directory.Exists(path)) Directory.Delete(path);
                return;
            }
            catch (IOException)
            {
                Thread.Sleep(10);
            }
        }
    }
}
