using MlJudge.Engine.Problems;
using MlJudge.Engine.Tests.Support;

namespace MlJudge.Engine.Tests.Problems;

/// <summary>problem.yaml's testPurposes: what a hidden test that rejects nothing is for.</summary>
public class TestPurposeTests
{
    [Fact]
    public void A_listed_test_gets_its_purpose_and_reason_and_the_others_are_discriminating()
    {
        using var folder = new ProblemFolderBuilder();
        folder.AppendToYaml("""
            testPurposes:
              hidden/02-empty: "robustness: an empty input must not crash"
            """);
        var metadata = ProblemLoader.Load(folder.Folder).Metadata;
        Assert.Equal(new TestPurposeNote(TestPurpose.Robustness, "an empty input must not crash"), metadata.TestPurposes["02-empty"]);
        Assert.Equal(TestPurpose.Robustness, metadata.PurposeOf("02-empty"));
        Assert.Equal(TestPurpose.Discriminating, metadata.PurposeOf("03-large"));
    }

    [Theory]
    [InlineData("\"important: it matters\"", "must start with one of robustness, performance, edge")]
    [InlineData("\"discriminating: listed anyway\"", "must start with one of robustness, performance, edge")]
    [InlineData("\"performance\"", "needs a reason after the colon")]
    [InlineData("\"edge:   \"", "needs a reason after the colon")]
    [InlineData("[robustness]", "must be a string")]
    public void An_entry_without_a_known_purpose_and_a_reason_names_its_field(string value, string message)
    {
        using var folder = new ProblemFolderBuilder();
        folder.AppendToYaml($"testPurposes:\n  hidden/02-empty: {value}\n");
        var e = Assert.Throws<ProblemFormatException>(() => ProblemLoader.Load(folder.Folder));
        var error = Assert.Single(e.Errors);
        Assert.Equal(("problem.yaml", "testPurposes.hidden/02-empty"), (error.File, error.Field));
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void An_entry_for_a_test_that_does_not_exist_or_is_not_hidden_is_rejected()
    {
        using var folder = new ProblemFolderBuilder();
        folder.AppendToYaml("""
            testPurposes:
              hidden/09-renamed: "edge: n = 1"
              samples/01-small: "edge: n = 3"
            """);
        var e = Assert.Throws<ProblemFormatException>(() => ProblemLoader.Load(folder.Folder));
        Assert.Contains(e.Errors, x => x.Field == "testPurposes.samples/01-small" && x.Message.Contains("hidden test names"));
        // The stale name is only checked once the metadata itself is valid.
        folder.AppendToYaml("").Write("problem.yaml", File.ReadAllText(Path.Combine(folder.Folder, "problem.yaml")).Replace("  samples/01-small: \"edge: n = 3\"\n", ""));
        var stale = Assert.Throws<ProblemFormatException>(() => ProblemLoader.Load(folder.Folder));
        Assert.Equal("testPurposes.hidden/09-renamed", Assert.Single(stale.Errors).Field);
    }
}
