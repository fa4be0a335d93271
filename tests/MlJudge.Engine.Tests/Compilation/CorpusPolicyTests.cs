using MlJudge.Engine.Compilation;

namespace MlJudge.Engine.Tests.Compilation;

/// <summary>
/// The hostile corpus's policy_* and compile_* entries, compiled in-process: each rejection names what it
/// refused (a third header line `// names: ...`), and each legitimate one compiles. The corpus test proves
/// the verdicts through the whole engine; this one proves the reason.
/// </summary>
public class CorpusPolicyTests
{
    private static readonly SubmissionCompiler Compiler = new();

    private static string CorpusFolder => Path.Combine(AppContext.BaseDirectory, "Hostile", "corpus");

    public static IEnumerable<object[]> Entries() =>
        Directory.GetFiles(CorpusFolder, "*.cs").Select(Path.GetFileNameWithoutExtension)
            .Where(n => n!.StartsWith("policy_", StringComparison.Ordinal) || n.StartsWith("compile_", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).Select(n => new object[] { n! });

    [Theory]
    [MemberData(nameof(Entries))]
    public void Policy_and_compile_bomb_entries_are_refused_naming_the_reason(string name)
    {
        var lines = File.ReadAllLines(Path.Combine(CorpusFolder, name + ".cs"));
        var source = string.Join("\n", lines);
        var expected = lines[0].Replace("// expect:", "").Trim();
        var names = lines.FirstOrDefault(l => l.StartsWith("// names:", StringComparison.Ordinal))?.Replace("// names:", "").Trim();
        if (name.StartsWith("compile_", StringComparison.Ordinal))
        {
            // Bombs must be refused by the screen, before Roslyn spends any time on them.
            Assert.NotNull(names);
            Assert.Contains(names, SourceScreen.Check(source) ?? "(passed the screen)");
        }
        var result = Compiler.Compile(new CompileRequest(1, source, "DoubleIt", ["double[]"], ["x"], "double[]"));
        if (expected == "Accepted")
        {
            Assert.True(result.Success, result.Message);
            return;
        }
        Assert.False(result.Success);
        Assert.NotNull(names);
        Assert.Contains(names, result.Message!, StringComparison.Ordinal);
    }
}
