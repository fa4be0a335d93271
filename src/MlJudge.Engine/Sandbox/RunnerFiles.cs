namespace MlJudge.Engine.Sandbox;

/// <summary>
/// Stages the runner into a folder of its own so the sandbox can be given exactly that folder (read-only)
/// and the .NET runtime, and nothing of the judge, its configuration or the problems.
/// </summary>
internal static class RunnerFiles
{
    public const string AssemblyName = "MlJudge.Runner";

    public static string Stage(string workDirectory)
    {
        var source = FindRunner();
        var target = Path.Combine(workDirectory, "runner");
        Directory.CreateDirectory(target);
        foreach (var extension in new[] { ".dll", ".runtimeconfig.json" })
        {
            var from = Path.Combine(Path.GetDirectoryName(source)!, AssemblyName + extension);
            File.Copy(from, Path.Combine(target, AssemblyName + extension), overwrite: true);
        }
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(target, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        return target;
    }

    private static string FindRunner()
    {
        var candidates = new[] { AppContext.BaseDirectory, Path.GetDirectoryName(typeof(RunnerFiles).Assembly.Location)! };
        foreach (var folder in candidates)
        {
            var path = Path.Combine(folder, AssemblyName + ".dll");
            if (File.Exists(path)) return path;
        }
        throw new FileNotFoundException($"{AssemblyName}.dll not found next to the judge ({string.Join(", ", candidates)}); reference the MlJudge.Runner project");
    }

    /// <summary>The .NET install the judge itself runs on (the folder holding the dotnet host and shared/).</summary>
    public static string DotnetRoot()
    {
        var runtimeDirectory = System.Runtime.InteropServices.RuntimeEnvironment.GetRuntimeDirectory();
        return Path.GetFullPath(Path.Combine(runtimeDirectory, "..", "..", ".."));
    }
}
