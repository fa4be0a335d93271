using System.Text.Json.Nodes;
using MlJudge.Engine.Checking;

namespace MlJudge.Engine.Tests.Checking;

public class AllCloseCheckerTests
{
    private static readonly JsonObject NoArgs = new();
    private readonly AllCloseChecker _checker = new(rtol: 1e-6, atol: 1e-9);

    private CheckResult Check(string expected, string got) => _checker.Check(NoArgs, JsonNode.Parse(expected), JsonNode.Parse(got));

    [Fact]
    public void Values_within_atol_plus_rtol_times_expected_pass()
    {
        Assert.True(Check("[1000.0, 0.0]", "[1000.0009, 5e-10]").Passed);
        Assert.False(Check("[1000.0, 0.0]", "[1000.0011, 0]").Passed);
        Assert.False(Check("[0.0]", "[2e-9]").Passed);
    }

    [Fact]
    public void NaN_matches_only_NaN_and_infinity_only_the_same_infinity()
    {
        Assert.True(Check("[\"NaN\", \"Infinity\", \"-Infinity\"]", "[\"NaN\", \"Infinity\", \"-Infinity\"]").Passed);
        Assert.False(Check("[\"NaN\"]", "[0]").Passed);
        Assert.False(Check("[1.0]", "[\"NaN\"]").Passed);
        Assert.False(Check("[\"Infinity\"]", "[\"-Infinity\"]").Passed);
        Assert.False(Check("[\"Infinity\"]", "[1e308]").Passed);
    }

    [Fact]
    public void A_shape_mismatch_is_reported_as_such()
    {
        var result = Check("[[1, 2], [3, 4]]", "[[1, 2], [3]]");
        Assert.False(result.Passed);
        Assert.Contains("shape mismatch at element [1]", result.Message);
        Assert.Contains("expected length 2, got length 1", result.Detail);
    }

    [Fact]
    public void The_failure_names_the_first_bad_index_with_absolute_and_relative_error_in_the_detail_only()
    {
        var result = Check("[1.0, 2.0, 3.0]", "[1.0, 2.5, 9.0]");
        Assert.False(result.Passed);
        Assert.Contains("element [1]", result.Message);
        Assert.Contains("absolute error 0.5", result.Detail);
        Assert.Contains("relative error 0.25", result.Detail);
        // The message is also shown for hidden tests: it must not reveal expected values or the error size.
        Assert.DoesNotContain("2.5", result.Message);
        Assert.DoesNotContain("0.5", result.Message);
        Assert.DoesNotContain("2", result.Message!.Replace("[1]", ""));
    }

    [Fact]
    public void Scalars_compare_like_one_element_arrays()
    {
        Assert.True(Check("0.5", "0.5000000001").Passed);
        Assert.False(Check("0.5", "[0.5]").Passed);
        Assert.False(Check("0.5", "null").Passed);
    }
}
