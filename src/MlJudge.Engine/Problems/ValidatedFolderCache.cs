using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using MlJudge.Engine.Caching;

namespace MlJudge.Engine.Problems;

/// <summary>
/// Remembers, per problem folder, that its hidden tests passed validation, their names and the folder's content
/// hash, keyed by a stat of every file in the folder (path, length, modification time) and the engine build that
/// validated them. A warm restart then stats files instead of parsing and hashing every test (about 70 MB for the
/// catalog). Judging never relies on it: <see cref="HiddenTestList"/> re-reads and re-validates the tests it uses.
/// </summary>
internal static class ValidatedFolderCache
{
    public sealed record Entry(string StatKey, string ContentHash, string[] HiddenNames);

    // The kernel stamps modification times from a coarse clock (a few ms): a file rewritten with the same length
    // within one tick would keep its stat, so a folder touched this recently is not remembered yet.
    private static readonly TimeSpan Settled = TimeSpan.FromSeconds(2);

    /// <summary>The stat of every file under the folder (and the engine build), and the newest modification time.</summary>
    public static (string Key, DateTime Newest) Stat(string folder)
    {
        var stats = FileStats.Of(folder, "*", SearchOption.AllDirectories, CacheDirectory.EngineBuild + "\n");
        return (stats.Hash, stats.Newest);
    }

    public static Entry? TryGet(string folder, string statKey)
    {
        if (PathFor(folder) is not { } path || !File.Exists(path)) return null;
        try
        {
            var entry = JsonSerializer.Deserialize<Entry>(File.ReadAllText(path));
            return entry is { ContentHash.Length: > 0, HiddenNames: not null } && entry.StatKey == statKey ? entry : null;
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            return null; // a damaged or unreadable entry only costs a full load
        }
    }

    /// <summary>Remembers a folder that loaded cleanly, unless it changed too recently for its stat to be trusted.</summary>
    public static void Put(string folder, Entry entry, DateTime newest)
    {
        if (DateTime.UtcNow - newest >= Settled && PathFor(folder) is { } path)
            CacheDirectory.WriteAtomically(path, JsonSerializer.SerializeToUtf8Bytes(entry));
    }

    private static string? PathFor(string folder) => CacheDirectory.For("validated") is { } directory
        ? Path.Combine(directory, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(folder)))[..32] + ".json")
        : null;
}
