using MlJudge.Engine.Feedback;
using MlJudge.Engine.Problems;
using MlJudge.Engine.Tests.Support;

namespace MlJudge.Engine.Tests.Feedback;

/// <summary>mistakes.yaml and fingerprints.json: loaded into the problem, required and kept current by `validate`.</summary>
[Collection(EngineCollection.Name)]
public sealed class MistakeValidationTests(EngineFixture fixture)
{
    // Fails only the empty hidden test (test 1), answering [0]; MistakeEvidenceTests uses the same folder.
    internal const string Mistake = "double[] DoubleIt(double[] x) => x.Length == 0 ? new[] { 0.0 } : x.Select(v => 2 * v).ToArray();";

    internal const string Hint = "mistakes:\n  - solution: wrong_answer/empty_gives_zero.cs\n    id: empty-gives-zero\n    en: Re-read what an empty input returns.\n    zh: 请重读空输入应返回什么。\n";

    [Fact]
    public void Mistakes_load_into_the_problem_with_both_languages()
    {
        using var folder = new ProblemFolderBuilder().Write("solutions/wrong_answer/empty_gives_zero.cs", Mistake).Write("mistakes.yaml", Hint);
        var mistake = Assert.Single(ProblemLoader.Load(folder.Folder).Mistakes);
        Assert.Equal(new Mistake("empty-gives-zero", "wrong_answer/empty_gives_zero.cs", "Re-read what an empty input returns.", "请重读空输入应返回什么。"), mistake);
    }

    [Fact]
    public void A_mistake_without_its_chinese_hint_is_an_error_naming_file_and_field()
    {
        using var folder = new ProblemFolderBuilder().Write("mistakes.yaml", "mistakes:\n  - solution: wrong_answer/x.cs\n    id: x\n    en: Re-read.\n");
        var error = Assert.Single(Assert.Throws<ProblemFormatException>(() => ProblemLoader.Load(folder.Folder)).Errors);
        Assert.Equal(("mistakes.yaml", "mistakes[0].zh"), (error.File, error.Field));
    }

    [Fact]
    public async Task Validate_fails_a_known_bad_solution_without_a_hint_and_a_hint_without_its_solution()
    {
        using var folder = new ProblemFolderBuilder().Write("solutions/wrong_answer/empty_gives_zero.cs", Mistake)
            .Write("mistakes.yaml", Hint.Replace("empty_gives_zero.cs", "renamed.cs"));
        var report = await ProblemValidator.ValidateAsync(fixture.Engine, folder.Folder, CancellationToken.None);
        Assert.Contains(report.Errors, e => e.File == "mistakes.yaml" && e.Message.Contains("solutions/wrong_answer/empty_gives_zero.cs has no hint"));
        Assert.Contains(report.Errors, e => e.File == "mistakes.yaml" && e.Field == "mistakes[0].solution");
    }

    [Fact]
    public async Task Validate_fails_while_fingerprints_are_missing_or_stale_and_passes_once_written()
    {
        using var folder = new ProblemFolderBuilder().Write("solutions/wrong_answer/empty_gives_zero.cs", Mistake).Write("mistakes.yaml", Hint);
        var missing = await ProblemValidator.ValidateAsync(fixture.Engine, folder.Folder, CancellationToken.None);
        Assert.Equal("fingerprints.json", Assert.Single(missing.Errors).File);
        var written = missing.Fingerprints!;
        // The sample passes, the empty hidden test fails, the large one passes.
        Assert.Equal(new Fingerprint(MlJudge.Engine.Judging.Verdict.WrongAnswer, "AWA"), written.Mistakes["empty-gives-zero"]);

        await FingerprintFile.WriteAsync(folder.Folder, written with { Mistakes = new Dictionary<string, Fingerprint> { ["empty-gives-zero"] = new(MlJudge.Engine.Judging.Verdict.WrongAnswer, "WAA") }, Evidence = new Dictionary<string, IReadOnlyList<MistakeOutput>>() }, CancellationToken.None);
        var stale = await ProblemValidator.ValidateAsync(fixture.Engine, folder.Folder, CancellationToken.None);
        Assert.Equal(("fingerprints.json", "mistakes.empty-gives-zero"), (Assert.Single(stale.Errors).File, stale.Errors[0].Field));

        await FingerprintFile.WriteAsync(folder.Folder, written, CancellationToken.None);
        var current = await ProblemValidator.ValidateAsync(fixture.Engine, folder.Folder, CancellationToken.None);
        Assert.True(current.Passed, string.Join("\n", current.Errors));
    }
}
