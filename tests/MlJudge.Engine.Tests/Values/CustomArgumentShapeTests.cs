using System.Text.Json.Nodes;
using MlJudge.Engine.Problems;
using MlJudge.Engine.Tests.Support;
using MlJudge.Engine.Values;

namespace MlJudge.Engine.Tests.Values;

/// <summary>
/// Which custom inputs count as ragged depends on the samples only: an answer that changed with the hidden tests would
/// tell a learner, one refusal at a time, whether some hidden test has ragged rows at a level.
/// </summary>
public sealed class CustomArgumentShapeTests
{
    // Total(double[][][] x): levels 1 (rows) and 2 (rows of rows) can each be ragged or not.
    private const string Signature = """
        method: Total
        parameters:
          - name: x
            type: double[][][]
        returns: double
        """;

    private const string Rectangular = """{"x": [[[1, 2], [3, 4]], [[5, 6], [7, 8]]]}""";

    private static ProblemFolderBuilder Folder(string sample, string hidden) =>
        new ProblemFolderBuilder(signatureYaml: Signature, doubleItTests: false)
            .Sample("01-sample", sample, "0")
            .Hidden("02-hidden", hidden, "0");

    private static List<ArgumentError> ErrorsFor(ProblemFolderBuilder folder, string args) =>
        CustomArguments.Validate(ProblemLoader.Load(folder.Folder), (JsonObject)JsonNode.Parse(args)!).ToList();

    [Theory]
    [InlineData("""{"x": [[[1, 2], [3, 4]], [[5, 6]]]}""")]      // ragged at level 1
    [InlineData("""{"x": [[[1, 2], [3]], [[5, 6], [7, 8]]]}""")]  // ragged at level 2
    [InlineData("""{"x": [[[1], [3, 4, 5]], [[5, 6]]]}""")]       // ragged at both
    public void Custom_argument_errors_are_the_same_whatever_the_hidden_tests_hold(string args)
    {
        using var rectangularHidden = Folder(Rectangular, Rectangular);
        using var raggedAtLevel1 = Folder(Rectangular, """{"x": [[[1, 2], [3, 4]], [[5, 6]]]}""");
        using var raggedAtLevel2 = Folder(Rectangular, """{"x": [[[1, 2], [3]], [[5, 6], [7]]]}""");
        using var raggedAtBoth = Folder(Rectangular, """{"x": [[[1], [3, 4, 5]], [[5, 6]], []]}""");

        var expected = ErrorsFor(rectangularHidden, args);
        Assert.Equal(expected, ErrorsFor(raggedAtLevel1, args));
        Assert.Equal(expected, ErrorsFor(raggedAtLevel2, args));
        Assert.Equal(expected, ErrorsFor(raggedAtBoth, args));
    }

    [Fact]
    public void A_ragged_custom_input_is_refused_at_every_level_where_every_sample_is_rectangular_even_if_a_hidden_test_is_ragged()
    {
        using var folder = Folder(Rectangular, """{"x": [[[1, 2], [3]], [[5, 6]]]}""");
        Assert.Contains("ragged", Assert.Single(ErrorsFor(folder, """{"x": [[[1, 2], [3, 4]], [[5, 6]]]}""")).Message);
        Assert.Contains("ragged", Assert.Single(ErrorsFor(folder, """{"x": [[[1, 2], [3]], [[5, 6], [7, 8]]]}""")).Message);
    }

    [Fact]
    public void A_ragged_custom_input_is_accepted_at_a_level_where_a_sample_is_ragged_and_nowhere_else()
    {
        // The sample is ragged at level 1 only: level 1 is free, level 2 stays a matrix though the hidden test is ragged there.
        using var folder = Folder("""{"x": [[[1, 2], [3, 4]], [[5, 6]]]}""", """{"x": [[[1, 2], [3]], [[5]]]}""");
        Assert.Empty(ErrorsFor(folder, """{"x": [[[1, 2]], [[5, 6], [7, 8], [9, 10]]]}"""));
        var error = Assert.Single(ErrorsFor(folder, """{"x": [[[1, 2], [3]]]}"""));
        Assert.Equal("x", error.Argument);
        Assert.Contains("ragged: row [0][1] has 1 elements but row [0][0] has 2", error.Message);
    }
}
