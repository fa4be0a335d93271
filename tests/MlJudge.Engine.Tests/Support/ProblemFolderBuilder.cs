using System.Text.Json.Nodes;

namespace MlJudge.Engine.Tests.Support;

/// <summary>Writes a small, valid problem folder to a temporary directory; tests then break or extend it.</summary>
public sealed class ProblemFolderBuilder : IDisposable
{
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "mljudge-tests", Guid.NewGuid().ToString("N"));

    public string Folder => Path.Combine(Root, Id);

    public string Id { get; }

    public ProblemFolderBuilder(string id = "double-it", string signatureYaml = DoubleItSignature, string checkerYaml = "type: exact", int timeMs = 1000, bool doubleItTests = true)
    {
        Id = id;
        Write("problem.yaml", $"""
            title: Double it
            titleZh: 翻倍
            difficulty: easy
            tags: [arrays]
            source:
              seed: derived
              question: warm-up
            entryPoint:
            {Indent(signatureYaml)}
            checker:
              {checkerYaml}
            limits:
              timeMs: {timeMs}
              memoryMb: 256
            """);
        Write("statement.md", "Return every element doubled.");
        Write("statement.zh.md", "返回每个元素的两倍。");
        Write("starter.cs", "double[] DoubleIt(double[] x) { throw new NotImplementedException(); }");
        Write("solutions/accepted/reference.cs", "double[] DoubleIt(double[] x) => x.Select(v => 2 * v).ToArray();");
        if (!doubleItTests) return;
        Sample("01-small", """{"x": [1, 2.5, -3]}""", "[2, 5, -6]");
        Hidden("02-empty", """{"x": []}""", "[]");
        Hidden("03-large", """{"x": [1e300, -1e-300]}""", "[2e300, -2e-300]");
    }

    public const string DoubleItSignature = """
        method: DoubleIt
        parameters:
          - name: x
            type: double[]
        returns: double[]
        """;

    private static string Indent(string text) => string.Join("\n", text.Split('\n').Select(l => "  " + l));

    public ProblemFolderBuilder Write(string relative, string text)
    {
        var path = Path.Combine(Folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return this;
    }

    /// <summary>Adds top-level keys (e.g. a testPurposes map) at the end of problem.yaml.</summary>
    public ProblemFolderBuilder AppendToYaml(string yaml) =>
        Write("problem.yaml", File.ReadAllText(Path.Combine(Folder, "problem.yaml")).TrimEnd() + "\n" + yaml.TrimEnd() + "\n");

    public ProblemFolderBuilder Delete(string relative)
    {
        File.Delete(Path.Combine(Folder, relative));
        return this;
    }

    public ProblemFolderBuilder Sample(string name, string args, string expected) => Write($"tests/samples/{name}.json", Test(args, expected));

    public ProblemFolderBuilder Hidden(string name, string args, string expected) => Write($"tests/hidden/{name}.json", Test(args, expected));

    private static string Test(string args, string expected) => new JsonObject { ["args"] = JsonNode.Parse(args), ["expected"] = JsonNode.Parse(expected) }.ToJsonString();

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { }
    }
}
