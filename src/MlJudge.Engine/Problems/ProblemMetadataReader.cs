using System.Text.RegularExpressions;
using MlJudge.Engine.Checking;
using YamlDotNet.RepresentationModel;

namespace MlJudge.Engine.Problems;

/// <summary>Reads and checks problem.yaml; every defect is reported with the field at fault.</summary>
internal static partial class ProblemMetadataReader
{
    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex IdentifierPattern();

    public static ProblemMetadata? Read(string id, string folder, List<ProblemError> errors)
    {
        var path = Path.Combine(folder, ProblemLoader.MetadataFile);
        if (!File.Exists(path))
        {
            errors.Add(new ProblemError(id, ProblemLoader.MetadataFile, null, "file is missing"));
            return null;
        }
        var before = errors.Count;
        var y = new YamlFields(id, ProblemLoader.MetadataFile, errors);
        var root = y.Root(File.ReadAllText(path));
        if (root is null) return null;

        var title = y.String(root, "", "title");
        var titleZh = y.String(root, "", "titleZh");
        var difficulty = y.String(root, "", "difficulty");
        if (difficulty is not null && !ProblemLoader.Difficulties.Contains(difficulty)) y.Error("difficulty", $"must be one of easy, medium, hard; found '{difficulty}'");
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
        var purposes = ReadTestPurposes(y, y.Mapping(root, "", "testPurposes", required: false));

        if (errors.Count > before || entryPoint is null || checker is null) return null;
        return new ProblemMetadata(title!, titleZh!, difficulty!, tags, source, entryPoint, checker, limits, purposes);
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
        if (!CheckerRegistry.TryParse(type, out var kind))
        {
            y.Error("checker.type", $"must be one of {CheckerRegistry.Names}; found '{type}'");
            return null;
        }
        var definition = CheckerRegistry.Of(kind);
        foreach (var key in map.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? ""))
        {
            if (key != "type" && !definition.Options.Contains(key))
                y.Error($"checker.{key}", definition.Options.Count == 0
                    ? $"the {definition.Name} checker takes no options"
                    : $"is not an option of the {definition.Name} checker (it takes {string.Join(", ", definition.Options)})");
        }
        var rtol = definition.Tolerance ? y.Number(map, "checker", "rtol", true, 0, 1) ?? 0 : 0;
        var atol = definition.Tolerance ? y.Number(map, "checker", "atol", true, 0, 1e6) ?? 0 : 0;
        var file = definition.File ? y.String(map, "checker", "file", true) : null;
        if (file is not null && (file.Contains("..") || Path.IsPathRooted(file) || !File.Exists(Path.Combine(folder, file))))
            y.Error("checker.file", $"'{file}' is not a file inside the problem folder");
        return new CheckerSpec(kind, rtol, atol, file);
    }

    // testPurposes: { "hidden/03-empty": "robustness: an empty input must not crash" }. Whether each key names a
    // checked-in test is checked once the tests are read (ProblemLoader.Load).
    private static IReadOnlyDictionary<string, TestPurposeNote> ReadTestPurposes(YamlFields y, YamlMappingNode? map)
    {
        var notes = new Dictionary<string, TestPurposeNote>(StringComparer.Ordinal);
        if (map is null) return notes;
        foreach (var (keyNode, valueNode) in map.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            var field = $"testPurposes.{key}";
            if (!key.StartsWith("hidden/", StringComparison.Ordinal) || key.Length == "hidden/".Length)
                y.Error(field, "keys are hidden test names, e.g. 'hidden/03-empty'");
            else if (valueNode is not YamlScalarNode { Value: { } text })
                y.Error(field, "must be a string 'purpose: reason'");
            else if (TestPurposeNote.Parse(text) is { Error: { } error })
                y.Error(field, error);
            else notes[key["hidden/".Length..]] = TestPurposeNote.Parse(text).Note!;
        }
        return notes;
    }
}
