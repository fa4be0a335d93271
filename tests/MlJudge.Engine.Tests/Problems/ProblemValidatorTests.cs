using MlJudge.Engine.Problems;
using MlJudge.Engine.Tests.Support;

namespace MlJudge.Engine.Tests.Problems;

/// <summary>`validate` end to end: known-bad solutions run in the sandbox count toward what each hidden test rejects.</summary>
[Collection(EngineCollection.Name)]
public sealed class ProblemValidatorTests(EngineFixture fixture)
{
    [Fact]
    public async Task A_hidden_test_that_rejects_nothing_fails_validation_until_a_known_mistake_fails_it()
    {
        using var folder = new ProblemFolderBuilder();
        var before = await ProblemValidator.ValidateAsync(fixture.Engine, folder.Folder, CancellationToken.None);
        Assert.False(before.Passed);
        Assert.Equal("tests/hidden/02-empty.json", Assert.Single(before.Errors).File);

        // A learner's mistake that only the empty input exposes.
        folder.Write("solutions/wrong_answer/empty_gives_zero.cs",
            "double[] DoubleIt(double[] x) => x.Length == 0 ? new[] { 0.0 } : x.Select(v => 2 * v).ToArray();");
        folder.Write("mistakes.yaml", "mistakes:\n  - solution: wrong_answer/empty_gives_zero.cs\n    id: empty-gives-zero\n    en: Re-read what an empty input returns.\n    zh: 请重读空输入应返回什么。\n");
        var unfingerprinted = await ProblemValidator.ValidateAsync(fixture.Engine, folder.Folder, CancellationToken.None);
        await MlJudge.Engine.Feedback.FingerprintFile.WriteAsync(folder.Folder, unfingerprinted.Fingerprints!, CancellationToken.None);
        var after = await ProblemValidator.ValidateAsync(fixture.Engine, folder.Folder, CancellationToken.None);
        Assert.True(after.Passed, string.Join("\n", after.Errors));
        Assert.Equal(2, after.Coverage!.PurposeCounts[TestPurpose.Discriminating]);
        Assert.Contains("fails 1/2 hidden tests", Assert.Single(after.Solutions, s => s.File.Contains("wrong_answer")).Message);
    }

    [Fact]
    public async Task A_folder_without_its_chinese_statement_fails_validation()
    {
        using var folder = new ProblemFolderBuilder();
        folder.AppendToYaml("testPurposes:\n  hidden/02-empty: \"robustness: an empty input must not crash\"\n");
        Assert.True((await ProblemValidator.ValidateAsync(fixture.Engine, folder.Folder, CancellationToken.None)).Passed);
        folder.Delete("statement.zh.md");
        var report = await ProblemValidator.ValidateAsync(fixture.Engine, folder.Folder, CancellationToken.None);
        Assert.Equal("statement.zh.md", Assert.Single(report.Errors).File);
    }

    [Fact]
    public async Task A_hidden_test_ragged_where_every_sample_is_rectangular_fails_validation_until_a_ragged_sample_is_added()
    {
        using var folder = new ProblemFolderBuilder(signatureYaml: """
            method: RowSums
            parameters:
              - name: x
                type: double[][]
            returns: double[]
            """, doubleItTests: false);
        folder.Write("starter.cs", "double[] RowSums(double[][] x) { throw new NotImplementedException(); }");
        folder.Write("solutions/accepted/reference.cs", "double[] RowSums(double[][] x) => x.Select(r => r.Sum()).ToArray();");
        folder.Sample("01-square", """{"x": [[1, 2], [3, 4]]}""", "[3, 7]");
        folder.Hidden("02-ragged", """{"x": [[1], [2, 3, 4]]}""", "[1, 9]");

        var before = await ProblemValidator.ValidateAsync(fixture.Engine, folder.Folder, CancellationToken.None);
        var error = Assert.Single(before.Errors, e => e.Message.Contains("ragged"));
        Assert.Equal("tests/hidden/02-ragged.json: args.x: is ragged at level 1 but every sample keeps it rectangular; " +
            "add a ragged sample so custom input accepts the same shapes", error.ToString());

        folder.Sample("01-uneven", """{"x": [[5], [], [1, 1]]}""", "[5, 0, 2]");
        var after = await ProblemValidator.ValidateAsync(fixture.Engine, folder.Folder, CancellationToken.None);
        Assert.DoesNotContain(after.Errors, e => e.Message.Contains("ragged"));
    }
}
