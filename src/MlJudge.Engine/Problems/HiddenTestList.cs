using System.Collections;

namespace MlJudge.Engine.Problems;

/// <summary>
/// A problem's hidden tests, kept out of the managed heap until a judging needs them: the loader validates
/// them once and keeps only their names, their count and a hash of their files; each use re-reads them
/// through <see cref="HiddenTestCache"/>, a small LRU cache bounded by bytes, so memory stays flat in
/// catalog size while hot problems stay parsed.
/// </summary>
public sealed class HiddenTestList : IReadOnlyList<TestCase>
{
    private readonly string _id;
    private readonly string _folder;
    private readonly EntryPoint _entryPoint;
    private readonly CheckerSpec _checker;
    private readonly string _filesHash;

    internal HiddenTestList(string id, string folder, EntryPoint entryPoint, CheckerSpec checker, IReadOnlyList<string> validatedNames)
    {
        _id = id;
        _folder = folder;
        _entryPoint = entryPoint;
        _checker = checker;
        Names = validatedNames;
        (_filesHash, Bytes) = Fingerprint(folder);
    }

    /// <summary>The tests' names in judging order (known without loading them).</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>Size of the test files on disk: the cache's measure of this list.</summary>
    public long Bytes { get; }

    public int Count => Names.Count;

    public TestCase this[int index] => Load()[index];

    public IEnumerator<TestCase> GetEnumerator() => Load().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The parsed tests, from the cache or the folder; throws if the files changed since the problem was loaded.</summary>
    public IReadOnlyList<TestCase> Load() => HiddenTestCache.Shared.GetOrAdd(this, Read);

    private List<TestCase> Read()
    {
        // The content hash and validation were for the files as loaded: never judge with different ones.
        if (Fingerprint(_folder).Hash != _filesHash)
            throw new InvalidOperationException($"problem {_id}: hidden test files changed on disk since the problem was loaded; reload the catalog");
        var errors = new List<ProblemError>();
        var tests = ProblemTestReader.Read(_id, _folder, "hidden", _entryPoint, _checker, errors);
        if (errors.Count > 0 || tests.Count != Count) throw new ProblemFormatException(errors);
        return tests;
    }

    /// <summary>
    /// Names, sizes and modification times of the test files: a stat per file, so a cold judging pays for
    /// parsing only. (ContentHash, over the bytes, is what a server compares across reloads.)
    /// </summary>
    private static (string Hash, long Bytes) Fingerprint(string folder)
    {
        var stats = FileStats.Of(Path.Combine(folder, "tests", "hidden"), "*.json", SearchOption.TopDirectoryOnly);
        return (stats.Hash, stats.Bytes);
    }
}
