using System.Text.Json;
using System.Text.Json.Nodes;
using MlJudge.Engine.Values;

namespace MlJudge.Engine.Problems;

/// <summary>Reads tests/samples or tests/hidden: one JSON file per test, each checked against the entry point's signature.</summary>
internal static class ProblemTestReader
{
    private const long MaxTestFileBytes = 8 * 1024 * 1024;

    public static List<TestCase> Read(string id, string folder, string kind, EntryPoint entryPoint, CheckerSpec checker, List<ProblemError> errors)
    {
        var tests = new List<TestCase>();
        var directory = Path.Combine(folder, "tests", kind);
        if (!Directory.Exists(directory)) return tests;
        var returnType = ProblemLoader.ParseType(entryPoint.Returns);
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
                else if (JsonValues.Conforms(args[parameter.Name], ProblemLoader.ParseType(parameter.Type)) is { } reason)
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
            if (!checker.Definition.ExpectedOptional && !root.ContainsKey("expected"))
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
}
