using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MlJudge.Engine.Checking;
using MlJudge.Engine.Values;
using YamlDotNet.RepresentationModel;

namespace MlJudge.Engine.Problems;

/// <summary>
/// Loads a problem folder all or nothing: every defect is reported with the file and field at fault,
/// and a folder with any defect is never returned half-loaded.
/// </summary>
public static partial class ProblemLoader
{
    public const string MetadataFile = "problem.yaml";
    public const string StatementFile = "statement.md";
    public const string StarterFile = "starter.cs";
    public static readonly IReadOnlySet<string> Difficulties = new HashSet<string> { "easy", "medium", "hard" };
    public static readonly IReadOnlySet<string> CheckerTypes = new HashSet<string> { "exact", "allclose", "unordered", "partition", "custom" };
    private const long MaxTestFileBytes = 8 * 1024 * 1024;

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    public static partial Regex IdPattern();

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex IdentifierPattern();

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
        return new ProblemCatalog(problems, errors);
    }

    public static Problem Load(string folder)
    {
        folder = Path.GetFullPath(folder);
        var id = Path.GetFileName(folder.TrimEnd(Path.DirectorySeparatorChar));
        var errors = new List<ProblemError>();
        void Fail(string file, string? field, string message) => errors.Add(new ProblemError(id, file, field, message));

        if (!IdPattern().IsMatch(id)) Fail(id, null, "folder name must be lowercase letters, digits and dashes");
        var metadata = ReadMetadata(id, folder, errors);
        var statement = ReadRequiredText(folder, StatementFile, Fail);
        var starter = ReadRequiredText(folder, StarterFile, Fail);
        var samples = metadata is null ? [] : ReadTests(id, folder, "samples", metadata.EntryPoint, metadata.Checker, errors);
        var hidden = metadata is null ? [] : ReadTests(id, folder, "hidden", metadata.EntryPoint, metadata.Checker, errors);
        if (metadata is not null && samples.Count == 0) Fail("tests/samples", null, "at least one sample test is required");
        if (metadata is not null && hidden.Count == 0) Fail("tests/hidden", null, "at least one hidden test is required");
        if (samples.Select(t => t.Name).Intersect(hidden.Select(t => t.Name)).FirstOrDefault() is { } dup)
            Fail($"tests/hidden/{dup}.json", null, "a sample and a hidden test share this name");
        if (!Directory.Exists(Path.Combine(folder, "solutions", "accepted")) ||
            Directory.GetFiles(Path.Combine(folder, "solutions", "accepted"), "*.cs").Length == 0)
            Fail("solutions/accepted", null, "at least one reference solution (*.cs) is required");

        IChecker? checker = null;
        if (metadata is not null && errors.Count == 0)
        {
            try
            {
                checker = CheckerFactory.Create(metadata.Checker, folder);
            }
            catch (CheckerLoadException e)
            {
                Fail(metadata.Checker.File ?? MetadataFile, "checker", e.Message);
            }
        }
        if (errors.Count > 0 || metadata is null || checker is null) throw new ProblemFormatException(errors);

        return new Problem
        {
            Id = id,
            FolderPath = folder,
            Metadata = metadata,
            Statement = statement!,
            StarterCode = starter!,
            Samples = samples,
            Hidden = hidden,
            ContentHash = HashFolder(folder),
            Checker = checker,
        };
    }

    /// <summary>Reads and checks problem.yaml alone (tests may not exist yet, e.g. before the first generate).</summary>
    public static ProblemMetadata LoadMetadata(string folder)
    {
        folder = Path.GetFullPath(folder);
        var id = Path.GetFileName(folder.TrimEnd(Path.DirectorySeparatorChar));
        var errors = new List<ProblemError>();
        var metadata = ReadMetadata(id, folder, errors);
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

    private static ProblemMetadata? ReadMetadata(string id, string folder, List<ProblemError> errors)
    {
        var path = Path.Combine(folder, MetadataFile);
        if (!File.Exists(path))
        {
            errors.Add(new ProblemError(id, MetadataFile, null, "file is missing"));
            return null;
        }
        var before = errors.Count;
        var y = new YamlFields(id, MetadataFile, errors);
        var root = y.Root(File.ReadAllText(path));
        if (root is null) return null;

        var title = y.String(root, "", "title");
        var titleZh = y.String(root, "", "titleZh");
        var difficulty = y.String(root, "", "difficulty");
        if (difficulty is not null && !Difficulties.Contains(difficulty)) y.Error("difficulty", $"must be one of easy, medium, hard; found '{difficulty}'");
        var tags = new List<string>();
        if (y.Sequence(root, "", "tags") is { } tagNodes)
        {
            foreach (var node in tagNodes)
            {
                if (node is YamlScalarNode { Value: { Length: > 0 } tag }) tags.Add(tag);
                else y.Error("tags", "every tag must be a non-empty string");
            }
            if (tags.Count == 0) y.Error("tags", "at least one tag is required");
        }
        var sourceMap = y.Mapping(root, "", "source");
        var source = new ProblemSource(y.String(sourceMap, "source", "seed") ?? "", y.String(sourceMap, "source", "question") ?? "");
        var entryPoint = ReadEntryPoint(y, y.Mapping(root, "", "entryPoint"));
        var checker = ReadChecker(y, y.Mapping(root, "", "checker"), folder);
        var limitsMap = y.Mapping(root, "", "limits", required: false);
        var limits = new Limits(
            (int)(y.Number(limitsMap, "limits", "timeMs", false, 50, 20_000) ?? 1000),
            (int)(y.Number(limitsMap, "limits", "memoryMb", false, 32, 2048) ?? 256));

        if (errors.Count > before || entryPoint is null || checker is null) return null;
        return new ProblemMetadata(title!, titleZh!, difficulty!, tags, source, entryPoint, checker, limits);
    }

    private static EntryPoint? ReadEntryPoint(YamlFields y, YamlMappingNode? map)
    {
        if (map is null) return null;
        var method = y.String(map, "entryPoint", "method");
        if (method is not null && !IdentifierPattern().IsMatch(method)) y.Error("entryPoint.method", $"'{method}' is not a C# identifier");
        var returns = y.String(map, "entryPoint", "returns");
        if (returns is not null && !Values.ValueType.TryParse(returns, out _)) y.Error("entryPoint.returns", $"unsupported type '{returns}'");
        var parameters = new List<Parameter>();
        if (y.Sequence(map, "entryPoint", "parameters") is { } list)
        {
            for (var i = 0; i < list.Children.Count; i++)
            {
                var path = $"entryPoint.parameters[{i}]";
                if (list.Children[i] is not YamlMappingNode p)
                {
                    y.Error(path, "must be a mapping with name and type");
                    continue;
                }
                var name = y.String(p, path, "name");
                var type = y.String(p, path, "type");
                if (name is not null && !IdentifierPattern().IsMatch(name)) y.Error($"{path}.name", $"'{name}' is not a C# identifier");
                if (type is not null && !Values.ValueType.TryParse(type, out _)) y.Error($"{path}.type", $"unsupported type '{type}' (use int, long, double, bool, string and arrays of them)");
                if (name is not null && parameters.Any(q => q.Name == name)) y.Error($"{path}.name", $"duplicate parameter '{name}'");
                if (name is not null && type is not null) parameters.Add(new Parameter(name, type.Replace(" ", "")));
            }
        }
        return method is null || returns is null ? null : new EntryPoint(method, parameters, returns.Replace(" ", ""));
    }

    private static CheckerSpec? ReadChecker(YamlFields y, YamlMappingNode? map, string folder)
    {
        if (map is null) return null;
        var type = y.String(map, "checker", "type");
        if (type is null) return null;
        if (!CheckerTypes.Contains(type))
        {
            y.Error("checker.type", $"must be one of {string.Join(", ", CheckerTypes)}; found '{type}'");
            return null;
        }
        var allclose = type == "allclose";
        var rtol = y.Number(map, "checker", "rtol", allclose, 0, 1) ?? 0;
        var atol = y.Number(map, "checker", "atol", allclose, 0, 1e6) ?? 0;
        var file = y.String(map, "checker", "file", type == "custom");
        if (file is not null && (file.Contains("..") || Path.IsPathRooted(file) || !File.Exists(Path.Combine(folder, file))))
            y.Error("checker.file", $"'{file}' is not a file inside the problem folder");
        return new CheckerSpec(type, rtol, atol, file);
    }

    private static List<TestCase> ReadTests(string id, string folder, string kind, EntryPoint entryPoint, CheckerSpec checker, List<ProblemError> errors)
    {
        var tests = new List<TestCase>();
        var directory = Path.Combine(folder, "tests", kind);
        if (!Directory.Exists(directory)) return tests;
        var returnType = ParseType(entryPoint.Returns);
        foreach (var path in Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            var file = $"tests/{kind}/{Path.GetFileName(path)}";
            void Fail(string? field, string message) => errors.Add(new ProblemError(id, file, field, message));
            if (new FileInfo(path).Length > MaxTestFileBytes)
            {
                Fail(null, $"larger than {MaxTestFileBytes / 1024 / 1024} MiB");
                continue;
            }
            JsonObject? root;
            try
            {
                root = JsonValues.Parse(File.ReadAllText(path)) as JsonObject;
            }
            catch (JsonException e)
            {
                Fail(null, $"invalid JSON: {e.Message}");
                continue;
            }
            if (root is null || root["args"] is not JsonObject args)
            {
                Fail("args", "must be an object of arguments by parameter name");
                continue;
            }
            var ok = true;
            foreach (var parameter in entryPoint.Parameters)
            {
                if (!args.ContainsKey(parameter.Name))
                {
                    Fail($"args.{parameter.Name}", "is missing");
                    ok = false;
                }
                else if (JsonValues.Conforms(args[parameter.Name], ParseType(parameter.Type)) is { } reason)
                {
                    Fail($"args.{parameter.Name}", $"does not match {parameter.Type}: {reason}");
                    ok = false;
                }
            }
            foreach (var extra in args.Select(a => a.Key).Where(k => entryPoint.Parameters.All(p => p.Name != k)))
            {
                Fail($"args.{extra}", "is not a parameter of the entry point");
                ok = false;
            }
            var expected = root["expected"];
            if (checker.Type != "custom" && !root.ContainsKey("expected"))
            {
                Fail("expected", "is missing");
                ok = false;
            }
            else if (expected is not null && JsonValues.Conforms(expected, returnType) is { } reason)
            {
                Fail("expected", $"does not match {entryPoint.Returns}: {reason}");
                ok = false;
            }
            if (ok) tests.Add(new TestCase(Path.GetFileNameWithoutExtension(path), args, expected));
        }
        return tests;
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
