using System.Diagnostics;

namespace MlJudge.Engine.Sandbox;

/// <summary>Finds the strongest isolation this host offers by trying each kind for real.</summary>
internal static class IsolationProbe
{
    public static IsolationKind Detect(SandboxOptions options)
    {
        if (!OperatingSystem.IsLinux() || Native.GetEffectiveUserId() != 0) return IsolationKind.None;
        if (Works("bwrap", "--unshare-all", "--unshare-user", "--disable-userns", "--cap-drop", "ALL", "--uid", options.SandboxUid.ToString(),
                "--gid", options.SandboxUid.ToString(), "--die-with-parent", "--new-session", "--ro-bind", "/usr", "/usr",
                "--symlink", "usr/bin", "/bin", "--symlink", "usr/lib", "/lib", "--symlink", "usr/lib64", "/lib64", "--proc", "/proc", "--", "/usr/bin/true"))
            return IsolationKind.Bubblewrap;
        if (Works("unshare", "--pid", "--fork", "--kill-child", "--net", "--ipc", "--uts", "--mount", "--mount-proc", "--",
                "setpriv", $"--reuid={options.SandboxUid}", $"--regid={options.SandboxUid}", "--clear-groups", "--inh-caps=-all",
                "--bounding-set=-all", "--no-new-privs", "--", "/usr/bin/true"))
            return IsolationKind.Unshare;
        return IsolationKind.None;
    }

    private static bool Works(string file, params string[] arguments)
    {
        try
        {
            var info = new ProcessStartInfo(file) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
            foreach (var a in arguments) info.ArgumentList.Add(a);
            using var process = Process.Start(info)!;
            if (!process.WaitForExit(10_000))
            {
                process.Kill(true);
                return false;
            }
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
