using System.Text.Json.Nodes;
using MlJudge.Engine.Checking;
using MlJudge.Engine.Trusted;

namespace MlJudge.Engine.Tests.Checking;

/// <summary>A problem's checker.cs is compiled once per source: an edited checker is never served from the cache.</summary>
public sealed class CompiledCheckerCacheTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("checker-cache-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Checker(bool passes, string marker) => $$"""
        // {{marker}}
        public sealed class Always : ICustomChecker
        {
            public CheckResult Check(JsonObject args, JsonNode expected, JsonNode got) =>
                {{(passes ? "CheckResult.Pass()" : "CheckResult.Fail(\"never\")")}};
        }
        """;

    private ICustomChecker Load(string source)
    {
        var path = Path.Combine(_folder, "checker.cs");
        File.WriteAllText(path, source);
        return TrustedCompiler.CreateInstance<ICustomChecker>(TrustedCompiler.CompileAndLoad(path), path);
    }

    [Fact]
    public void The_same_checker_loads_twice_and_an_edited_one_is_compiled_again()
    {
        var marker = Guid.NewGuid().ToString("N");
        Assert.True(Load(Checker(passes: true, marker)).Check([], null, null).Passed);
        Assert.True(Load(Checker(passes: true, marker)).Check([], null, null).Passed);
        Assert.False(Load(Checker(passes: false, marker)).Check([], null, null).Passed);
    }
}
