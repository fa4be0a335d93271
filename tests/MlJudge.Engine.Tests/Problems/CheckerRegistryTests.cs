using MlJudge.Engine.Checking;
using MlJudge.Engine.Problems;
using MlJudge.Engine.Tests.Support;

namespace MlJudge.Engine.Tests.Problems;

public class CheckerRegistryTests
{
    private static ProblemError SingleMetadataError(ProblemFolderBuilder folder)
    {
        var e = Assert.Throws<ProblemFormatException>(() => ProblemLoader.Load(folder.Folder));
        return Assert.Single(e.Errors, x => x.File == ProblemLoader.MetadataFile);
    }

    [Fact]
    public void Every_checker_kind_has_exactly_one_registry_entry_and_a_distinct_name()
    {
        Assert.Equal(Enum.GetValues<CheckerKind>(), CheckerRegistry.All.Select(d => d.Kind).Order());
        Assert.Equal(CheckerRegistry.All.Count, CheckerRegistry.All.Select(d => d.Name).Distinct().Count());
        Assert.Equal("exact, allclose, unordered, partition, custom", CheckerRegistry.Names);
    }

    [Fact]
    public void An_unknown_checker_type_is_an_error_in_problem_yaml_naming_checker_type_and_the_valid_names()
    {
        using var folder = new ProblemFolderBuilder(checkerYaml: "type: approx");
        var error = SingleMetadataError(folder);
        Assert.Equal("checker.type", error.Field);
        Assert.Contains("'approx'", error.Message);
        Assert.Contains(CheckerRegistry.Names, error.Message);
    }

    [Fact]
    public void An_option_the_checker_kind_does_not_take_is_an_error_naming_the_field()
    {
        using var folder = new ProblemFolderBuilder(checkerYaml: "type: exact\n  rtol: 1.0e-6");
        var error = SingleMetadataError(folder);
        Assert.Equal("checker.rtol", error.Field);
        Assert.Contains("exact", error.Message);
    }

    [Fact]
    public void Allclose_requires_both_tolerances()
    {
        using var folder = new ProblemFolderBuilder(checkerYaml: "type: allclose\n  rtol: 1.0e-6");
        Assert.Equal("checker.atol", SingleMetadataError(folder).Field);
    }

    [Theory]
    [InlineData("type: exact", CheckerKind.Exact, typeof(ExactChecker))]
    [InlineData("type: allclose\n  rtol: 1.0e-6\n  atol: 1.0e-9", CheckerKind.AllClose, typeof(AllCloseChecker))]
    [InlineData("type: unordered", CheckerKind.Unordered, typeof(UnorderedChecker))]
    public void A_known_name_loads_the_registered_checker(string checkerYaml, CheckerKind kind, Type checkerType)
    {
        using var folder = new ProblemFolderBuilder(checkerYaml: checkerYaml);
        var problem = ProblemLoader.Load(folder.Folder);
        Assert.Equal(kind, problem.Metadata.Checker.Kind);
        Assert.IsType(checkerType, problem.Checker);
    }

    [Fact]
    public void The_checker_table_in_the_problem_format_doc_names_exactly_the_registered_checkers()
    {
        var doc = File.ReadAllText(Path.Combine(EngineFixture.RepositoryRoot(), "docs", "PROBLEM_FORMAT.md"));
        var section = doc[doc.IndexOf("## Checkers", StringComparison.Ordinal)..];
        var rows = section.Split('\n').TakeWhile(l => !l.StartsWith("A custom checker", StringComparison.Ordinal))
            .Where(l => l.StartsWith("| `", StringComparison.Ordinal)).Select(l => l.Split('`')[1]);
        Assert.Equal(CheckerRegistry.All.Select(d => d.Name), rows);
    }
}
