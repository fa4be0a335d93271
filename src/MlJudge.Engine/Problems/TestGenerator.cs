using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using MlJudge.Engine.Checking;
using MlJudge.Engine.Judging;
using MlJudge.Engine.Trusted;
using MlJudge.Engine.Values;

namespace MlJudge.Engine.Problems;

/// <summary>
/// Runs a problem's generator.cs (trusted) for the test inputs and the first accepted solution, in the
/// sandbox like any submission, for the expected values.
/// </summary>
public static class TestGenerator
{
    public const string GeneratorFile = "generator.cs";

    public static bool HasGenerator(string folder) => File.Exists(Path.Combine(folder, GeneratorFile));

    /// <summary>The generator's tests as (name, isSample, args by parameter name).</summary>
    public static IReadOnlyList<(string Name, bool IsSample, JsonObject Args)> Generate(string folder, EntryPoint entryPoint)
    {
        var path = Path.Combine(folder, GeneratorFile);
        var assembly = TrustedCompiler.CompileAndLoad(path);
        var method = assembly.GetTypes()
            .Select(t => t.GetMethod("Generate", BindingFlags.Public | BindingFlags.Static, Type.EmptyTypes))
            .FirstOrDefault(m => m is not null && typeof(IEnumerable<GeneratedTest>).IsAssignableFrom(m.ReturnType))
            ?? throw new TrustedCompilationException($"{GeneratorFile} has no public static IEnumerable<GeneratedTest> Generate()");
        var tests = new List<(string, bool, JsonObject)>();
        var names = new HashSet<string>();
        foreach (var test in (IEnumerable<GeneratedTest>)method.Invoke(null, null)!)
        {
            if (!ProblemLoader.IdPattern().IsMatch(test.Name) && !System.Text.RegularExpressions.Regex.IsMatch(test.Name, "^[A-Za-z0-9_.-]+$"))
                throw new TrustedCompilationException($"test name '{test.Name}' must use letters, digits, '.', '_' and '-' only");
            if (!names.Add(test.Name)) throw new TrustedCompilationException($"duplicate test name '{test.Name}'");
            if (test.Args.Length != entryPoint.Parameters.Count)
                throw new TrustedCompilationException($"test '{test.Name}' has {test.Args.Length} arguments; the entry point takes {entryPoint.Parameters.Count}");
            var args = new JsonObject();
            for (var i = 0; i < test.Args.Length; i++)
            {
                var parameter = entryPoint.Parameters[i];
                var node = JsonValues.Normalize(JsonSerializer.SerializeToNode(test.Args[i], JsonValues.Options));
                if (JsonValues.Conforms(node, ProblemLoader.ParseType(parameter.Type)) is { } reason)
                    throw new TrustedCompilationException($"test '{test.Name}', argument '{parameter.Name}': {reason}");
                args[parameter.Name] = node;
            }
            tests.Add((test.Name, test.IsSample, args));
        }
        return tests;
    }

    /// <summary>Regenerates tests/samples and tests/hidden; returns how many tests were written.</summary>
    public static async Task<int> WriteAsync(JudgeEngine engine, string folder, CancellationToken cancellationToken)
    {
        folder = Path.GetFullPath(folder);
        var metadata = ProblemLoader.LoadMetadata(folder);
        var generated = Generate(folder, metadata.EntryPoint);
        var reference = ReferenceSolution(folder);
        var expected = await RunReferenceAsync(engine, folder, metadata, generated, reference, cancellationToken);

        foreach (var kind in new[] { "samples", "hidden" })
        {
            var directory = Path.Combine(folder, "tests", kind);
            Directory.CreateDirectory(directory);
            foreach (var old in Directory.GetFiles(directory, "*.json")) File.Delete(old);
        }
        for (var i = 0; i < generated.Count; i++)
        {
            var (name, isSample, args) = generated[i];
            // One line per key: readable in a diff, compact for large arrays.
            var text = $"{{\n  \"args\": {args.ToJsonString()},\n  \"expected\": {expected[i]?.ToJsonString() ?? "null"}\n}}";
            await File.WriteAllTextAsync(Path.Combine(folder, "tests", isSample ? "samples" : "hidden", name + ".json"), text + "\n", cancellationToken);
        }
        return generated.Count;
    }

    public static string ReferenceSolution(string folder) =>
        Directory.GetFiles(Path.Combine(folder, "solutions", "accepted"), "*.cs").Order(StringComparer.Ordinal).FirstOrDefault()
        ?? throw new FileNotFoundException("solutions/accepted has no reference solution");

    private static async Task<JsonNode?[]> RunReferenceAsync(JudgeEngine engine, string folder, ProblemMetadata metadata,
        IReadOnlyList<(string Name, bool IsSample, JsonObject Args)> generated, string referencePath, CancellationToken cancellationToken)
    {
        // Every generated test runs as a "sample" so the engine hands back the reference's outputs.
        var problem = new Problem
        {
            Id = Path.GetFileName(folder),
            FolderPath = folder,
            Metadata = metadata,
            Statement = "",
            StarterCode = "",
            Samples = generated.Select(g => new TestCase(g.Name, g.Args, null)).ToList(),
            Hidden = [],
            ContentHash = "",
            Checker = new AcceptAnything(),
        };
        var result = await engine.JudgeAsync(problem, await File.ReadAllTextAsync(referencePath, cancellationToken), JudgeMode.Samples, null, cancellationToken);
        if (result.Verdict != Verdict.Accepted)
        {
            var failed = result.Tests.FirstOrDefault(t => t.Verdict != Verdict.Accepted);
            throw new InvalidOperationException(
                $"{Path.GetRelativePath(folder, referencePath)}: {result.Verdict} on {failed?.Name ?? "compilation"}: {failed?.Message ?? result.Message}");
        }
        return result.Tests.Select(t => t.Got).ToArray();
    }

    private sealed class AcceptAnything : IChecker
    {
        public CheckResult Check(JsonObject args, JsonNode? expected, JsonNode? got) => CheckResult.Pass();
    }
}
