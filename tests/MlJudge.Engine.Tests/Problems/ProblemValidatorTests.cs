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
}
