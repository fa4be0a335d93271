using MlJudge.Engine.Problems;
using MlJudge.Engine.Tests.Support;

namespace MlJudge.Engine.Tests.Problems;

public class ProblemLoaderTests
{
    private static ProblemError SingleError(ProblemFolderBuilder folder, string file)
    {
        var e = Assert.Throws<ProblemFormatException>(() => ProblemLoader.Load(folder.Folder));
        return Assert.Single(e.Errors, x => x.File == file);
    }

    [Fact]
    public void A_valid_folder_loads_with_its_tests_in_name_order()
    {
        using var folder = new ProblemFolderBuilder();
        var problem = ProblemLoader.Load(folder.Folder);
        Assert.Equal("double-it", problem.Id);
        Assert.Equal("double[] DoubleIt(double[] x)", problem.Metadata.EntryPoint.Signature);
        Assert.Equal(["01-small"], problem.Samples.Select(t => t.Name));
        Assert.Equal(["02-empty", "03-large"], problem.Hidden.Select(t => t.Name));
        Assert.Equal(64, problem.ContentHash.Length);
    }

    [Fact]
    public void Editing_any_file_changes_the_content_hash()
    {
        using var folder = new ProblemFolderBuilder();
        var before = ProblemLoader.Load(folder.Folder).ContentHash;
        folder.Write("statement.md", "Return every element doubled, please.");
        Assert.NotEqual(before, ProblemLoader.Load(folder.Folder).ContentHash);
    }

    [Fact]
    public void A_missing_statement_is_named()
    {
        using var folder = new ProblemFolderBuilder();
        folder.Delete("statement.md");
        Assert.Equal("file is missing", SingleError(folder, "statement.md").Message);
    }

    [Fact]
    public void Invalid_yaml_names_the_file_and_the_line()
    {
        using var folder = new ProblemFolderBuilder();
        folder.Write("problem.yaml", "title: Double it\ndifficulty: easy\n  tags: [a]\n");
        Assert.Contains("invalid YAML at line 3", SingleError(folder, "problem.yaml").Message);
        folder.Write("problem.yaml", "title: [unclosed\ndifficulty: easy\n");
        Assert.StartsWith("invalid YAML", SingleError(folder, "problem.yaml").Message);
    }

    [Fact]
    public void An_unknown_difficulty_and_an_unsupported_type_name_their_fields()
    {
        using var folder = new ProblemFolderBuilder(signatureYaml: """
            method: DoubleIt
            parameters:
              - name: x
                type: Dictionary<int,int>
            returns: double[]
            """);
        folder.Write("problem.yaml", File.ReadAllText(Path.Combine(folder.Folder, "problem.yaml")).Replace("difficulty: easy", "difficulty: brutal"));
        var e = Assert.Throws<ProblemFormatException>(() => ProblemLoader.Load(folder.Folder));
        Assert.Contains(e.Errors, x => x is { File: "problem.yaml", Field: "difficulty" });
        Assert.Contains(e.Errors, x => x is { File: "problem.yaml", Field: "entryPoint.parameters[0].type" });
    }

    [Fact]
    public void A_test_whose_arguments_do_not_match_the_signature_is_named_with_the_field()
    {
        using var folder = new ProblemFolderBuilder();
        folder.Hidden("04-bad-shape", """{"x": [[1, 2]]}""", "[2, 4]");
        var error = SingleError(folder, "tests/hidden/04-bad-shape.json");
        Assert.Equal("args.x", error.Field);
        Assert.Contains("double[]", error.Message);
    }

    [Fact]
    public void A_test_for_a_parameter_that_does_not_exist_is_rejected()
    {
        using var folder = new ProblemFolderBuilder();
        folder.Hidden("04-extra", """{"x": [1], "y": 2}""", "[2]");
        Assert.Equal("args.y", SingleError(folder, "tests/hidden/04-extra.json").Field);
    }

    [Fact]
    public void A_non_finite_number_where_an_integer_is_declared_is_rejected()
    {
        using var folder = new ProblemFolderBuilder(signatureYaml: """
            method: Count
            parameters:
              - name: n
                type: int
            returns: int
            """, doubleItTests: false);
        folder.Sample("01-small", """{"n": 3}""", "3").Hidden("02-empty", """{"n": 0}""", "0").Hidden("03-large", """{"n": "NaN"}""", "1");
        var error = SingleError(folder, "tests/hidden/03-large.json");
        Assert.Equal("args.n", error.Field);
    }

    [Fact]
    public void An_expected_value_of_the_wrong_type_is_rejected()
    {
        using var folder = new ProblemFolderBuilder();
        folder.Hidden("04-wrong-expected", """{"x": [1]}""", "\"two\"");
        Assert.Equal("expected", SingleError(folder, "tests/hidden/04-wrong-expected.json").Field);
    }

    [Fact]
    public void A_broken_folder_is_skipped_and_reported_while_the_others_load()
    {
        using var good = new ProblemFolderBuilder("good-one");
        using var bad = new ProblemFolderBuilder("bad-one");
        bad.Write("tests/hidden/02-empty.json", "{not json");
        var catalog = ProblemLoader.LoadAll(Directory.GetParent(good.Folder)!.FullName);
        Assert.Equal(["good-one"], catalog.Problems.Select(p => p.Id));
        Assert.Empty(catalog.Errors);
        var other = ProblemLoader.LoadAll(Directory.GetParent(bad.Folder)!.FullName);
        Assert.Empty(other.Problems);
        Assert.Contains(other.Errors, e => e.ProblemId == "bad-one" && e.File == "tests/hidden/02-empty.json" && e.Message.StartsWith("invalid JSON"));
    }

    [Fact]
    public void A_custom_checker_that_does_not_compile_names_its_file()
    {
        using var folder = new ProblemFolderBuilder(checkerYaml: "type: custom\n  file: checker.cs");
        folder.Write("checker.cs", "public sealed class Broken : ICustomChecker { }");
        var error = SingleError(folder, "checker.cs");
        Assert.Equal("checker", error.Field);
    }
}
