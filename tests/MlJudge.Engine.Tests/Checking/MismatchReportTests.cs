using System.Text.Json.Nodes;
using MlJudge.Engine.Checking;
using MlJudge.Engine.Problems;
using MlJudge.Engine.Tests.Support;

namespace MlJudge.Engine.Tests.Checking;

/// <summary>Which elements the built-in checkers report as differing: the paths the UI highlights, decided by the problem's own rules.</summary>
public class MismatchReportTests
{
    private static readonly JsonObject NoArgs = new();

    private static CheckResult Check(IChecker checker, string expected, string got) => checker.Check(NoArgs, JsonNode.Parse(expected), JsonNode.Parse(got));

    private static string[] Show(IReadOnlyList<int[]> paths) => [.. paths.Select(p => "[" + string.Join(",", p) + "]")];

    [Fact]
    public void Exact_reports_every_differing_element_by_its_index_path_on_both_sides()
    {
        var result = Check(new ExactChecker(), "[[1, 2], [3, 4], [5, 6]]", "[[1, 2], [3, 0], [0, 6]]");
        Assert.Equal(["[1,1]", "[2,0]"], Show(result.Mismatches!.Got));
        Assert.Equal(["[1,1]", "[2,0]"], Show(result.Mismatches.Expected));
        Assert.False(result.Mismatches.Truncated);
        Assert.Contains("element [1][1]", result.Message);
    }

    [Fact]
    public void Allclose_reports_only_elements_outside_the_problems_own_tolerance()
    {
        // With rtol 1e-3 the second element (off by 5e-4 of 1) passes; a fixed UI tolerance of 1e-6 would flag it.
        var checker = new AllCloseChecker(rtol: 1e-3, atol: 1e-9);
        var result = Check(checker, "[1.0, 1.0, 1.0, 0.0]", "[1.0, 1.0005, 1.01, 1e-12]");
        Assert.Equal(["[2]"], Show(result.Mismatches!.Got));
    }

    [Fact]
    public void Allclose_from_problem_yaml_uses_that_problems_rtol_and_atol()
    {
        using var folder = new ProblemFolderBuilder(checkerYaml: "type: allclose\n  rtol: 0.01\n  atol: 0.5");
        var checker = ProblemLoader.Load(folder.Folder).Checker;
        var result = Check(checker, "[0.0, 100.0, 100.0]", "[0.4, 101.4, 102]");
        Assert.Equal(["[2]"], Show(result.Mismatches!.Got));
    }

    [Fact]
    public void A_length_difference_reports_the_array_whose_length_differs()
    {
        var result = Check(new AllCloseChecker(1e-6, 1e-9), "[[1, 2], [3, 4]]", "[[1, 2], [3]]");
        Assert.Equal(["[1]"], Show(result.Mismatches!.Got));
        Assert.Equal(["[]"], Show(Check(new ExactChecker(), "[1, 2]", "5").Mismatches!.Got));
    }

    [Fact]
    public void At_most_fifty_paths_are_reported_and_the_report_says_there_were_more()
    {
        var expected = "[" + string.Join(",", Enumerable.Repeat("0", 80)) + "]";
        var got = "[" + string.Join(",", Enumerable.Repeat("1", 80)) + "]";
        var result = Check(new ExactChecker(), expected, got);
        Assert.Equal(MismatchReport.MaxPaths, result.Mismatches!.Got.Count);
        Assert.True(result.Mismatches.Truncated);
        Assert.Equal([0], result.Mismatches.Got[0]);
    }

    [Fact]
    public void Unordered_reports_surplus_result_elements_and_missing_expected_ones()
    {
        var result = Check(new UnorderedChecker(), "[3, 1, 2, 1]", "[1, 2, 2, 3]");
        Assert.Equal(["[2]"], Show(result.Mismatches!.Got));
        Assert.Equal(["[3]"], Show(result.Mismatches.Expected));
    }

    [Fact]
    public void Partition_reports_the_elements_grouped_against_the_renaming_the_others_agree_on()
    {
        var result = Check(new PartitionChecker(), "[0, 0, 1, 1, 2]", "[5, 5, 7, 5, 9]");
        Assert.Equal(["[3]"], Show(result.Mismatches!.Got));
        Assert.Contains("element [3]", result.Message);
    }

    [Fact]
    public void A_passing_result_reports_no_paths()
    {
        Assert.Null(Check(new ExactChecker(), "[1, 2]", "[1.0, 2]").Mismatches);
        Assert.Null(Check(new PartitionChecker(), "[0, 1]", "[1, 0]").Mismatches);
    }

    [Fact]
    public void A_report_built_by_a_problems_own_checker_is_cut_to_the_cap()
    {
        int[][] many = [.. Enumerable.Range(0, 120).Select(i => new[] { i })];
        var bounded = new MismatchReport(many, [[0]], false).Bounded();
        Assert.Equal(MismatchReport.MaxPaths, bounded.Expected.Count);
        Assert.Single(bounded.Got);
        Assert.True(bounded.Truncated);
    }
}
