namespace MlJudge.Server.Hosting;

/// <summary>Finds the repository's folders from wherever the server was started.</summary>
public static class RepositoryPaths
{
    public static string? FindUpwards(string name, bool directory = true)
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, name);
                if (directory ? Directory.Exists(candidate) : File.Exists(candidate)) return candidate;
            }
        }
        return null;
    }

    public static string ProblemsPath(MlJudgeOptions options) =>
        options.ProblemsPath ?? FindUpwards("problems") ?? Path.Combine(Directory.GetCurrentDirectory(), "problems");

    public static string DataPath(MlJudgeOptions options)
    {
        if (options.DataPath is { } path) return Path.GetFullPath(path);
        var solution = FindUpwards("MlJudge.sln", directory: false);
        return Path.Combine(solution is null ? Directory.GetCurrentDirectory() : Path.GetDirectoryName(solution)!, ".mljudge");
    }
}
