using System.Runtime.InteropServices;

namespace MlJudge.Engine.Sandbox;

internal static partial class Native
{
    public const int SIGKILL = 9;

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    public static partial int Kill(int pid, int signal);

    private const int RUSAGE_CHILDREN = -1;

    /// <summary>user + system CPU of every terminated, waited-for descendant (each includes its own waited-for children).</summary>
    public static TimeSpan ChildrenCpuTime()
    {
        var usage = new Rusage();
        if (GetResourceUsage(RUSAGE_CHILDREN, ref usage) != 0) return TimeSpan.Zero;
        return TimeSpan.FromMicroseconds(usage.UserSeconds * 1_000_000 + usage.UserMicroseconds + usage.SystemSeconds * 1_000_000 + usage.SystemMicroseconds);
    }

    // struct rusage on 64-bit Linux: two timevals, then 14 longs.
    [StructLayout(LayoutKind.Sequential)]
    private struct Rusage
    {
        public long UserSeconds, UserMicroseconds, SystemSeconds, SystemMicroseconds;
        public long Rest0, Rest1, Rest2, Rest3, Rest4, Rest5, Rest6, Rest7, Rest8, Rest9, Rest10, Rest11, Rest12, Rest13;
    }

    [LibraryImport("libc", EntryPoint = "getrusage", SetLastError = true)]
    private static partial int GetResourceUsage(int who, ref Rusage usage);

    [LibraryImport("libc", EntryPoint = "geteuid")]
    public static partial uint GetEffectiveUserId();
}
