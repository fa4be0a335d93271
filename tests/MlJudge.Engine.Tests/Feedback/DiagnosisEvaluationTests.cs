using MlJudge.Engine.Feedback;
using MlJudge.Engine.Tests.Support;
using Xunit.Abstractions;

namespace MlJudge.Engine.Tests.Feedback;

/// <summary>
/// The honest measurement: independent variants of known mistakes (written from the mistakes' descriptions, not
/// copied from the known-bad files), correct-but-unusual solutions and unrelated wrong ones, judged on the real problems.
/// </summary>
[Collection(EngineCollection.Name)]
public sealed class DiagnosisEvaluationTests(EngineFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task Hints_name_the_right_mistake_for_most_variants_and_never_for_correct_or_unrelated_solutions()
    {
        var root = EngineFixture.RepositoryRoot();
        var figures = await DiagnosisEvaluation.RunAsync(fixture.Engine, Path.Combine(root, "problems"),
            Path.Combine(root, "tests", "MlJudge.Engine.Tests", "Feedback", "variants"), EngineFixture.PoolSize, CancellationToken.None);
        foreach (var o in figures.Outcomes) output.WriteLine($"{o.File}: expect {o.ExpectedMistake ?? "none"}, got {o.DiagnosedMistake ?? "none"} ({o.Verdict}) {o.Outcomes}");
        output.WriteLine($"precision {figures.Precision:P1}, recall {figures.Recall:P1}");

        Assert.True(figures.MistakeVariants >= 30, $"{figures.MistakeVariants} mistake variants");
        Assert.True(figures.Outcomes.Where(o => o.ExpectedMistake is not null).Select(o => o.ProblemId).Distinct().Count() >= 10);
        Assert.True(figures.Outcomes.Count - figures.MistakeVariants >= 20, "at least 10 correct and 10 unrelated solutions");
        // The issue's targets: precision >= 95% and recall >= 70% (README has the measured figures); no solution without
        // a known mistake (correct or unrelated) gets a hint.
        Assert.Empty(figures.HintsWithoutMistake);
        Assert.True(figures.Precision >= 0.95, $"precision {figures.Precision:P1}");
        Assert.True(figures.Recall >= 0.70, $"recall {figures.Recall:P1}");
    }
}
