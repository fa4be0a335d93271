namespace MlJudge.Engine.Caching;

/// <summary>
/// Where the engine keeps what it can recompute but would rather not at every start (validated problem folders,
/// compiled checkers): $MLJUDGE_CACHE_DIR, else $XDG_CACHE_HOME/mljudge or ~/.cache/mljudge. MLJUDGE_CACHE_DIR=off
/// turns caching off. Every entry is keyed by what it was computed from, so a stale entry is never found.
/// </summary>
public static class CacheDirectory
{
    /// <summary>The folder for one kind of entry, or null when caching is off.</summary>
    public static string? For(string kind)
    {
        var configured = Environment.GetEnvironmentVariable("MLJUDGE_CACHE_DIR");
        if (configured == "off") return null;
        if (!string.IsNullOrEmpty(configured)) return Path.Combine(configured, kind);
        var home = Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        return Path.Combine(home, "mljudge", kind);
    }

    /// <summary>The build of the engine: entries computed by another build's code are not trusted.</summary>
    public static readonly string EngineBuild = typeof(CacheDirectory).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    /// <summary>
    /// Writes through a temporary file and a rename (a server and its workers may write the same entry at once).
    /// Best effort: an entry that cannot be written only costs the next start the work again.
    /// </summary>
    public static void WriteAtomically(string path, byte[] content)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temporary = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
            File.WriteAllBytes(temporary, content);
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }
}
