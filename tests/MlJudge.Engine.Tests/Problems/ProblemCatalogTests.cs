using MlJudge.Engine.Judging;
using MlJudge.Engine.Problems;
using MlJudge.Engine.Tests.Support;

namespace MlJudge.Engine.Tests.Problems;

/// <summary>The repository's own problems: every folder loads, and the flagship exercises bite where they must.</summary>
[Collection(EngineCollection.Name)]
public sealed class ProblemCatalogTests(EngineFixture fixture)
{
    private static readonly string ProblemsFolder = Path.Combine(EngineFixture.RepositoryRoot(), "problems");

    [Fact]
    public void Every_problem_folder_in_the_repository_loads()
    {
        var catalog = ProblemLoader.LoadAll(ProblemsFolder);
        Assert.Empty(catalog.Errors);
        Assert.Contains(catalog.Problems, p => p.Id == "softmax");
        Assert.All(catalog.Problems, p => Assert.True(p.Hidden.Count >= 20, $"{p.Id} has {p.Hidden.Count} hidden tests"));
    }

    [Fact]
    public void Every_problem_s_samples_show_each_array_shape_its_hidden_tests_take()
    {
        // Custom input is refused as ragged where every sample is rectangular: a hidden test ragged there is a shape
        // a learner could never try (validate checks the same; this keeps the whole catalog to it cheaply).
        var catalog = ProblemLoader.LoadAll(ProblemsFolder);
        Assert.Empty(catalog.Problems.SelectMany(SampleShapes.Check).Select(e => $"{e.ProblemId}/{e}"));
    }

    // The catalog's sections (docs/PROBLEM_FORMAT.md): a problem's first tag files it under one of them.
    private static readonly string[] Categories =
    [
        "activations", "losses", "normalization", "optimizers", "convolution", "detection", "evaluation",
        "classical-ml", "features", "sequences", "algorithms", "image-processing",
    ];

    [Fact]
    public void Every_problem_is_filed_under_one_catalog_category_by_its_first_tag()
    {
        var misfiled = Directory.GetDirectories(ProblemsFolder)
            .Select(ProblemLoader.LoadMetadata)
            .Where(m => !Categories.Contains(m.Tags[0]))
            .Select(m => $"{m.Title}: {m.Tags[0]}")
            .ToList();
        Assert.Empty(misfiled);
    }

    [Fact]
    public async Task Softmax_with_large_logits_is_accepted_only_when_stable()
    {
        var softmax = ProblemLoader.Load(Path.Combine(ProblemsFolder, "softmax"));
        var naive = await fixture.Engine.JudgeAsync(softmax, """
            double[] Softmax(double[] logits)
            {
                var e = logits.Select(Math.Exp).ToArray();
                var s = e.Sum();
                return e.Select(v => v / s).ToArray();
            }
            """, JudgeMode.Full, null, CancellationToken.None);
        Assert.Equal(Verdict.WrongAnswer, naive.Verdict);
        var hiddenFailures = naive.Tests.Where(t => !t.IsSample && t.Verdict == Verdict.WrongAnswer).Select(t => t.Name).ToList();
        Assert.Contains("07-large-logits", hiddenFailures);

        var stable = await fixture.Engine.JudgeAsync(softmax, """
            double[] Softmax(double[] logits)
            {
                var m = logits.Max();
                var e = logits.Select(z => Math.Exp(z - m)).ToArray();
                var s = e.Sum();
                return e.Select(v => v / s).ToArray();
            }
            """, JudgeMode.Full, null, CancellationToken.None);
        Assert.Equal(Verdict.Accepted, stable.Verdict);
        Assert.Equal(softmax.Samples.Count + softmax.Hidden.Count, stable.Passed);
    }

    [Fact]
    public async Task Trapping_rain_water_in_quadratic_time_exceeds_the_time_limit_on_large_inputs()
    {
        var trap = ProblemLoader.Load(Path.Combine(ProblemsFolder, "trapping-rain-water"));
        var quadratic = await File.ReadAllTextAsync(Path.Combine(trap.FolderPath, "solutions", "time_limit_exceeded", "quadratic_scan.cs"));
        var result = await fixture.Engine.JudgeAsync(trap, quadratic, JudgeMode.Full, null, CancellationToken.None);
        Assert.Equal(Verdict.TimeLimitExceeded, result.Verdict);
        Assert.All(result.Tests.SkipLast(1), t => Assert.Equal(Verdict.Accepted, t.Verdict));
    }
}
