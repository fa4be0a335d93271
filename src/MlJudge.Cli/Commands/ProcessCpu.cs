using System.Diagnostics;

namespace MlJudge.Cli.Commands;

/// <summary>
/// CPU time of this process and of its long-lived children by name (the compile hosts), read from /proc, so a
/// benchmark can say where a submission's CPU goes: the judge itself, compiling, or the runner (whose CPU its
/// cgroup reports per submission).
/// </summary>
internal static class ProcessCpu
{
    public static double SelfMs() => Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds;

    /// <summary>Summed user+system CPU of the direct children whose command line contains <paramref name="marker"/>; 0 off Linux.</summary>
    public static double ChildrenMs(string marker)
    {
        if (!OperatingSystem.IsLinux()) return 0;
        var self = Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        double ticks = 0;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            try
            {
                if (!File.ReadAllText(Path.Combine(dir, "cmdline")).Contains(marker, StringComparison.Ordinal)) continue;
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                // Fields after the parenthesised command name: state ppid ... utime(14) stime(15), counted from 1.
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                if (fields[1] != self) continue;
                ticks += double.Parse(fields[11], System.Globalization.CultureInfo.InvariantCulture) + double.Parse(fields[12], System.Globalization.CultureInfo.InvariantCulture);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
            {
                // The process ended while being read, or is not ours to read.
            }
        }
        return ticks * 1000 / TicksPerSecond;
    }

    // USER_HZ: 100 on every Linux the judge supports (getconf CLK_TCK).
    private const double TicksPerSecond = 100;
}
