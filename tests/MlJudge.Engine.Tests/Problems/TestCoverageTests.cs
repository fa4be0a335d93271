using MlJudge.Engine.Problems;
using MlJudge.Engine.Tests.Support;

namespace MlJudge.Engine.Tests.Problems;

/// <summary>Every hidden test must reject something: a known-bad solution or a trivial answer built from the signature.</summary>
public class TestCoverageTests
{
    private static readonly HashSet<string> NoneCaught = [];

    [Fact]
    public void A_hidden_test_that_every_trivial_answer_passes_is_reported_and_one_that_zeros_fail_is_not()
    {
        // DoubleIt: 02-empty expects [] (zeros, ones and the echoed input are all []), 03-large expects [2e300, -2e-300].
        using var folder = new ProblemFolderBuilder();
        var report = TestCoverage.Analyze(ProblemLoader.Load(folder.Folder), NoneCaught);
        var error = Assert.Single(report.Errors);
        Assert.Equal("tests/hidden/02-empty.json", error.File);
        Assert.StartsWith("rejects nothing", error.Message);
    }

    [Fact]
    public void A_test_that_a_known_bad_solution_fails_or_that_is_listed_with_a_purpose_is_not_reported()
    {
        using var folder = new ProblemFolderBuilder();
        Assert.Empty(TestCoverage.Analyze(ProblemLoader.Load(folder.Folder), new HashSet<string> { "02-empty" }).Errors);

        folder.AppendToYaml("testPurposes:\n  hidden/02-empty: \"robustness: an empty input must not crash\"\n");
        var report = TestCoverage.Analyze(ProblemLoader.Load(folder.Folder), NoneCaught);
        Assert.Empty(report.Errors);
        Assert.Equal(1, report.PurposeCounts[TestPurpose.Robustness]);
        Assert.Equal(1, report.PurposeCounts[TestPurpose.Discriminating]);
        Assert.Equal("1 discriminating, 1 robustness", report.ToString());
    }

    [Fact]
    public void An_echoed_argument_counts_as_a_trivial_answer_where_the_return_type_equals_a_parameter_type()
    {
        // For a string result the only shape-built answer is "": returning the input unchanged is the other one.
        using var folder = new ProblemFolderBuilder(signatureYaml: """
            method: Squeeze
            parameters:
              - name: s
                type: string
            returns: string
            """, doubleItTests: false);
        folder.Sample("01-small", """{"s": "a  b"}""", "\"a b\"")
            .Hidden("02-blank", """{"s": "   "}""", "\"\"")       // "" passes, the echoed "   " fails
            .Hidden("03-empty", """{"s": ""}""", "\"\"")          // both pass
            .Hidden("04-unchanged", """{"s": "a b"}""", "\"a b\""); // the echo passes, "" fails
        var report = TestCoverage.Analyze(ProblemLoader.Load(folder.Folder), NoneCaught);
        Assert.Equal("tests/hidden/03-empty.json", Assert.Single(report.Errors).File);
    }

    [Fact]
    public void Zeros_and_a_constant_one_are_both_tried()
    {
        // With atol 0.6 both 0 and 1 pass an expected 0.5; an expected 0 fails the constant 1, an expected 1 fails 0.
        using var folder = new ProblemFolderBuilder(signatureYaml: """
            method: Mean
            parameters:
              - name: x
                type: double[]
            returns: double
            """, checkerYaml: "type: allclose\n  rtol: 0\n  atol: 0.6", doubleItTests: false);
        folder.Sample("01-small", """{"x": [1, 3]}""", "2")
            .Hidden("02-half", """{"x": [0, 1]}""", "0.5")
            .Hidden("03-zero", """{"x": [-1, 1]}""", "0")
            .Hidden("04-one", """{"x": [1]}""", "1");
        var report = TestCoverage.Analyze(ProblemLoader.Load(folder.Folder), NoneCaught);
        Assert.Equal("tests/hidden/02-half.json", Assert.Single(report.Errors).File);
    }

    [Fact]
    public void An_allclose_test_whose_expected_values_are_all_below_atol_is_reported_but_an_exact_zero_is_not()
    {
        using var folder = new ProblemFolderBuilder(checkerYaml: "type: allclose\n  rtol: 1.0e-9\n  atol: 1.0e-12");
        folder.Hidden("04-tiny", """{"x": [1e-14, -3e-13]}""", "[2e-14, -6e-13]")
            .Hidden("05-zero", """{"x": [0, 1]}""", "[0, 2]")
            .Hidden("06-tiny-but-one-large", """{"x": [1e-14, 1]}""", "[2e-14, 2]");
        var report = TestCoverage.Analyze(ProblemLoader.Load(folder.Folder), new HashSet<string> { "02-empty", "04-tiny" });
        var error = Assert.Single(report.Errors);
        Assert.Equal(("tests/hidden/04-tiny.json", "expected"), (error.File, error.Field));
        Assert.Contains("only checks for NaN/Infinity", error.Message);
    }
}
