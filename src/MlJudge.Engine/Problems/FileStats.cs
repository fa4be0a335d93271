using System.Security.Cryptography;
using System.Text;

namespace MlJudge.Engine.Problems;

/// <summary>
/// A hash over the stat of files (path relative to the folder, length, modification time): a change to any file's
/// size or time, or a file added or removed, changes it, at the cost of one stat per file and no reads.
/// </summary>
internal static class FileStats
{
    public sealed record Summary(string Hash, long Bytes, DateTime Newest);

    public static Summary Of(string folder, string pattern, SearchOption search, string salt = "")
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(salt));
        long bytes = 0;
        var newest = DateTime.MinValue;
        if (Directory.Exists(folder))
        {
            foreach (var file in new DirectoryInfo(folder).EnumerateFiles(pattern, search).OrderBy(f => f.FullName, StringComparer.Ordinal))
            {
                var written = file.LastWriteTimeUtc;
                if (written > newest) newest = written;
                bytes += file.Length;
                hash.AppendData(Encoding.UTF8.GetBytes($"{Path.GetRelativePath(folder, file.FullName)}\n{file.Length}\n{written.Ticks}\n"));
            }
        }
        return new Summary(Convert.ToHexStringLower(hash.GetHashAndReset()), bytes, newest);
    }
}
