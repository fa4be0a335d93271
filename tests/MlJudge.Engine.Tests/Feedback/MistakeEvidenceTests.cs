using System.Text.Json.Nodes;
using MlJudge.Engine.Feedback;
using MlJudge.Engine.Judging;
using MlJudge.Engine.Problems;
using MlJudge.Engine.Tests.Support;

namespace MlJudge.Engine.Tests.Feedback;

/// <summary>
/// A known mistake's own outputs, kept in fingerprints.json: they tell the mistake from an unrelated bug that fails the
/// same tests, and `validate` keeps them current.
/// </summary>
[Collection(EngineCollection.Name)]
public sealed class MistakeEvidenceTests(EngineFixture fixture)
{
    private const string Mistake = MistakeValidationTests.Mistake;

    private const string Hint = MistakeValidationTests.Hint;

    private async Task<ProblemFolderBuilder> FolderWithFingerprintsAsync()
    {
        var folder = new ProblemFolderBuilder().Write("solutions/wrong_answer/empty_gives_zero.cs", Mistake).Write("mistakes.yaml", Hint);
        var set = await MistakeChecks.ComputeAsync(fixture.Engine, ProblemLoader.Load(folder.Folder), CancellationToken.None);
        await FingerprintFile.WriteAsync(folder.Folder, set, CancellationToken.None);
        return folder;
    }

    [Fact]
    public async Task Generate_keeps_the_mistakes_output_on_the_test_it_fails()
    {
        using var folder = await FolderWithFingerprintsAsync();
        var evidence = Assert.Single(ProblemLoader.Load(folder.Folder).Fingerprints!.EvidenceOf("empty-gives-zero"));
        Assert.Equal(1, evidence.Test);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("[0]"), evidence.Output), evidence.Output.ToJsonString());
    }

    [Fact]
    public async Task An_unrelated_bug_failing_exactly_the_mistakes_tests_gets_no_hint()
    {
        using var folder = await FolderWithFingerprintsAsync();
        var problem = ProblemLoader.Load(folder.Folder);
        // The same outcome vector as the mistake (only the empty test fails), with another wrong answer there.
        var result = await fixture.Engine.JudgeAsync(problem,
            "double[] DoubleIt(double[] x) => x.Length == 0 ? new[] { 1.0 } : x.Select(v => v + v).ToArray();", JudgeMode.Full, null, CancellationToken.None);
        Assert.Equal(Fingerprint.Of(result).Outcomes, problem.Fingerprints!.Mistakes["empty-gives-zero"].Outcomes);
        Assert.Null(result.Diagnosis);
    }

    [Fact]
    public async Task Different_code_with_the_mistakes_output_gets_its_hint()
    {
        using var folder = await FolderWithFingerprintsAsync();
        var result = await fixture.Engine.JudgeAsync(ProblemLoader.Load(folder.Folder),
            "double[] DoubleIt(double[] x) { if (x.Length == 0) return [0]; var y = new double[x.Length]; for (var i = 0; i < x.Length; i++) y[i] = x[i] * 2; return y; }",
            JudgeMode.Full, null, CancellationToken.None);
        Assert.Equal("empty-gives-zero", result.Diagnosis?.MistakeId);
    }

    [Fact]
    public async Task Validate_fails_when_a_kept_output_is_no_longer_what_the_mistake_outputs()
    {
        using var folder = await FolderWithFingerprintsAsync();
        var path = Path.Combine(folder.Folder, FingerprintFile.File);
        await File.WriteAllTextAsync(path, (await File.ReadAllTextAsync(path)).Replace("\"output\": [0]", "\"output\": [5]"));
        var report = await ProblemValidator.ValidateAsync(fixture.Engine, folder.Folder, CancellationToken.None);
        var error = Assert.Single(report.Errors);
        Assert.Equal(("fingerprints.json", "mistakes.empty-gives-zero.evidence"), (error.File, error.Field));
    }

    [Fact]
    public async Task Evidence_on_a_test_the_mistake_passes_is_an_error_naming_the_field()
    {
        using var folder = await FolderWithFingerprintsAsync();
        var path = Path.Combine(folder.Folder, FingerprintFile.File);
        await File.WriteAllTextAsync(path, (await File.ReadAllTextAsync(path)).Replace("\"test\": 1", "\"test\": 2"));
        var error = Assert.Single(Assert.Throws<ProblemFormatException>(() => ProblemLoader.Load(folder.Folder)).Errors);
        Assert.Equal(("fingerprints.json", "mistakes.empty-gives-zero.evidence[0]"), (error.File, error.Field));
    }
}
