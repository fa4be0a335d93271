using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using MlJudge.Engine.Checking;

namespace MlJudge.Engine.Problems;

/// <summary>
/// Loads a problem folder all or nothing: every defect is reported with the file and field at fault,
/// and a folder with any defect is never returned half-loaded.
/// </summary>
public static partial class ProblemLoader
{
    public const string MetadataFile = "problem.yaml";
    public const string StatementFile = "statement.md";
    public const string StatementZhFile = "statement.zh.md";
    public const string StarterFile = "starter.cs";
    public static readonly IReadOnlySet<string> Difficulties = new HashSet<string> { "easy", "medium", "hard" };

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    public static partial Regex IdPattern();

    public static ProblemCatalog LoadAll(string problemsFolder)
    {
        var problems = new List<Problem>();
        var errors = new List<ProblemError>();
        if (!Directory.Exists(problemsFolder))
        {
            errors.Add(new ProblemError("", problemsFolder, null, "problems folder not found"));
            return new ProblemCatalog(problems, errors);
        }
        foreach (var folder in Directory.GetDirectories(problemsFolder).Order(StringComparer.Ordinal))
        {
            try
            {
                problems.Add(Load(folder));
            }
            catch (ProblemFormatException e)
            {
                errors.AddRange(e.Errors);
            }
        }
        // Loading parsed every hidden test to validate it and kept none: give that garbage back to the OS now,
        // so a server's resident memory does not grow with the catalog.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        return new ProblemCatalog(problems, errors);
    }

    public static Problem Load(string folder)
    {
        folder = Path.GetFullPath(folder);
        var id = Path.GetFileName(folder.TrimEnd(Path.DirectorySeparatorChar));
        var errors = new List<ProblemError>();
        void Fail(string file, string? field, string message) => errors.Add(new ProblemError(id, file, field, message));

        if (!IdPattern().IsMatch(id)) Fail(id, null, "folder name must be lowercase letters, digits and dashes");
        var metadata = ProblemMetadataReader.Read(id, folder, errors);
        var statement = ReadRequiredText(folder, StatementFile, Fail);
        // The Chinese statement is optional to load (a server still serves the English one); `validate` requires it.
        var statementZh = File.Exists(Path.Combine(folder, StatementZhFile)) ? ReadRequiredText(folder, StatementZhFile, Fail) : null;
        var starter = ReadRequiredText(folder, StarterFile, Fail);
        var mistakes = MistakesReader.Read(id, folder, errors);
        var fingerprints = Feedback.FingerprintFile.Read(id, folder, errors);
        var samples = metadata is null ? [] : ProblemTestReader.Read(id, folder, "samples", metadata.EntryPoint, metadata.Checker, errors);
        // A folder unchanged since it last loaded cleanly (same files, sizes and times) is not parsed again.
        var (statKey, newest) = ValidatedFolderCache.Stat(folder);
        var remembered = metadata is null ? null : ValidatedFolderCache.TryGet(folder, statKey);
        IReadOnlyList<string> hidden = metadata is null ? []
            : remembered?.HiddenNames ?? ProblemTestReader.Read(id, folder, "hidden", metadata.EntryPoint, metadata.Checker, errors).Select(t => t.Name).ToArray();
        if (metadata is not null && samples.Count == 0) Fail("tests/samples", null, "at least one sample test is required");
        if (metadata is not null && hidden.Count == 0) Fail("tests/hidden", null, "at least one hidden test is required");
        if (samples.Select(t => t.Name).Intersect(hidden).FirstOrDefault() is { } dup)
            Fail($"tests/hidden/{dup}.json", null, "a sample and a hidden test share this name");
        foreach (var listed in metadata?.TestPurposes.Keys.Where(name => !hidden.Contains(name)) ?? [])
            Fail(MetadataFile, $"testPurposes.hidden/{listed}", "names no hidden test (renamed or removed?)");
        if (!Directory.Exists(Path.Combine(folder, "solutions", "accepted")) ||
            Directory.GetFiles(Path.Combine(folder, "solutions", "accepted"), "*.cs").Length == 0)
            Fail("solutions/accepted", null, "at least one reference solution (*.cs) is required");

        IChecker? checker = null;
        if (metadata is not null && errors.Count == 0)
        {
            try
            {
                checker = CheckerRegistry.Create(metadata.Checker, folder);
            }
            catch (CheckerLoadException e)
            {
                Fail(metadata.Checker.File ?? MetadataFile, "checker", e.Message);
            }
        }
        if (errors.Count > 0 || metadata is null || checker is null) throw new ProblemFormatException(errors);

        var contentHash = remembered?.ContentHash ?? HashFolder(folder);
        if (remembered is null) ValidatedFolderCache.Put(folder, new ValidatedFolderCache.Entry(statKey, contentHash, [.. hidden]), newest);
        return new Problem
        {
            Id = id,
            FolderPath = folder,
            Metadata = metadata,
            Statement = statement!,
            StatementZh = statementZh,
            StarterCode = starter!,
            Samples = samples,
            // Validated above; only names and a hash stay in memory (HiddenTestList re-reads them per judging).
            Hidden = new HiddenTestList(id, folder, metadata.EntryPoint, metadata.Checker, hidden),
            ContentHash = contentHash,
            Checker = checker,
            Mistakes = mistakes,
            Fingerprints = fingerprints,
        };
    }

    /// <summary>Reads and checks problem.yaml alone (tests may not exist yet, e.g. before the first generate).</summary>
    public static ProblemMetadata LoadMetadata(string folder)
    {
        folder = Path.GetFullPath(folder);
        var id = Path.GetFileName(folder.TrimEnd(Path.DirectorySeparatorChar));
        var errors = new List<ProblemError>();
        var metadata = ProblemMetadataReader.Read(id, folder, errors);
        if (errors.Count > 0 || metadata is null) throw new ProblemFormatException(errors);
        return metadata;
    }

    private static string? ReadRequiredText(string folder, string file, Action<string, string?, string> fail)
    {
        var path = Path.Combine(folder, file);
        if (!File.Exists(path))
        {
            fail(file, null, "file is missing");
            return null;
        }
        var text = File.ReadAllText(path);
        if (string.IsNullOrWhiteSpace(text)) fail(file, null, "file is empty");
        return text;
    }

    internal static Values.ValueType ParseType(string text) =>
        Values.ValueType.TryParse(text, out var type) ? type : throw new ArgumentException($"unsupported type {text}");

    private static string HashFolder(string folder)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(folder, file) + "\n"));
            hash.AppendData(File.ReadAllBytes(file));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
