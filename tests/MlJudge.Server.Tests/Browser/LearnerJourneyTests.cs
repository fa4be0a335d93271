using Microsoft.Playwright;
using MlJudge.Server.Tests.Support;

namespace MlJudge.Server.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class LearnerJourneyTests(BrowserFixture fixture)
{
    internal const string UnstableSoftmax = """
        double[] Softmax(double[] logits)
        {
            var e = logits.Select(Math.Exp).ToArray();
            var s = e.Sum();
            return e.Select(v => v / s).ToArray();
        }
        """;

    internal static async Task<string> RegisterAsync(IPage page)
    {
        var username = "learner" + Guid.NewGuid().ToString("N")[..10];
        await page.GotoAsync("/#/register");
        await page.GetByTestId("username").FillAsync(username);
        await page.GetByTestId("password").FillAsync("a long password");
        await page.GetByTestId("auth-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("current-user")).ToContainTextAsync(username);
        return username;
    }

    internal static async Task OpenSoftmaxAndTypeAsync(IPage page, string source)
    {
        await page.GotoAsync("/#/problems");
        await page.Locator("[data-problem=softmax]").ClickAsync();
        await Assertions.Expect(page.GetByTestId("signature")).ToHaveTextAsync("double[] Softmax(double[] logits)");
        // Type into Monaco as a person would (select all, then type); InsertText avoids auto-closed brackets doubling up.
        await page.Locator(".monaco-editor .view-lines").ClickAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.PressAsync("Backspace");
        Assert.Equal("", await page.EvaluateAsync<string>("() => window.mljudgeEditor.value"));
        // The editor may re-indent what is typed; only the code itself has to arrive intact.
        await page.Keyboard.InsertTextAsync(source);
        Assert.Equal(WithoutWhitespace(source), WithoutWhitespace(await page.EvaluateAsync<string>("() => window.mljudgeEditor.value")));
    }

    private static string WithoutWhitespace(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    internal static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, name + ".png"), FullPage = true });

    [Fact]
    public async Task A_learner_registers_solves_softmax_and_watches_every_test_tick_to_Accepted()
    {
        var page = await fixture.NewPageAsync();
        await RegisterAsync(page);
        await ScreenshotAsync(page, "problem-list");
        await OpenSoftmaxAndTypeAsync(page, JudgeApiClient.StableSoftmax);
        await page.GetByTestId("submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("verdict")).ToHaveAttributeAsync("data-verdict", "Accepted", new() { Timeout = 60_000 });
        await Assertions.Expect(page.Locator("[data-testid=test-cells] .cell.ok")).ToHaveCountAsync(30);
        await Assertions.Expect(page.GetByTestId("verdict")).ToContainTextAsync("30/30");
        await ScreenshotAsync(page, "softmax-accepted");

        // The draft survives a reload.
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByTestId("signature")).ToBeVisibleAsync();
        Assert.Equal(WithoutWhitespace(JudgeApiClient.StableSoftmax), WithoutWhitespace(await page.EvaluateAsync<string>("() => window.mljudgeEditor.value")));
    }

    [Fact]
    public async Task An_unstable_softmax_gets_WrongAnswer_on_the_large_logits_test()
    {
        var page = await fixture.NewPageAsync();
        await RegisterAsync(page);
        await OpenSoftmaxAndTypeAsync(page, UnstableSoftmax);
        await page.Keyboard.PressAsync("Control+Enter"); // the submit shortcut
        await Assertions.Expect(page.GetByTestId("verdict")).ToHaveAttributeAsync("data-verdict", "WrongAnswer", new() { Timeout = 60_000 });
        var hiddenFailure = page.GetByTestId("failure").Filter(new() { HasText = "07-large-logits" });
        await Assertions.Expect(hiddenFailure).ToContainTextAsync("hidden test");
        // A failing sample shows input, expected and got, with the mismatching elements marked.
        var sampleFailure = page.GetByTestId("failure").Filter(new() { HasText = "03-large-pair" });
        await Assertions.Expect(sampleFailure.Locator("mark.mismatch.got").First).ToBeVisibleAsync();
        // The known mistake's hint, in the interface's language only.
        var hint = page.Locator("[data-testid=diagnosis][data-mistake=no-max-shift] p");
        await Assertions.Expect(hint).ToHaveCountAsync(1);
        await Assertions.Expect(hint).ToHaveAttributeAsync("lang", "en");
        Assert.DoesNotContain(await hint.TextContentAsync() ?? "", StatementRendering.IsChinese);
        await ScreenshotAsync(page, "softmax-wrong-answer");
    }

    [Fact]
    public async Task A_failing_sample_marks_exactly_the_elements_outside_the_problems_tolerance()
    {
        // Softmax's tolerance is rtol 1e-9: element 1 off by 1e-7 (relative) fails it, element 0 off by 1e-11 does not.
        // A tolerance of the UI's own (1e-6 relative) would mark neither; the checker's report marks element 1 only.
        var page = await fixture.NewPageAsync();
        await RegisterAsync(page);
        await OpenSoftmaxAndTypeAsync(page, """
            double[] Softmax(double[] logits)
            {
                var m = logits.Max();
                var e = logits.Select(z => Math.Exp(z - m)).ToArray();
                var s = e.Sum();
                var p = e.Select(v => v / s).ToArray();
                p[0] *= 1 + 1e-11;
                p[1] *= 1 + 1e-7;
                return p;
            }
            """);
        await page.GetByTestId("run").ClickAsync();
        await Assertions.Expect(page.GetByTestId("verdict")).ToHaveAttributeAsync("data-verdict", "WrongAnswer", new() { Timeout = 60_000 });
        var failure = page.GetByTestId("failure").Filter(new() { HasText = "01-three-logits" });
        await Assertions.Expect(failure.Locator("mark.mismatch.got")).ToHaveCountAsync(1);
        await Assertions.Expect(failure.Locator("mark.mismatch:not(.got)")).ToHaveTextAsync("0.24472847105479764");
    }

    [Fact]
    public async Task A_syntax_error_shows_a_compilation_error_and_an_editor_marker_on_its_line()
    {
        var page = await fixture.NewPageAsync();
        await RegisterAsync(page);
        await OpenSoftmaxAndTypeAsync(page, "double[] Softmax(double[] logits)\n{\n    return logits\n}\n");
        await page.GetByTestId("run").ClickAsync();
        await Assertions.Expect(page.GetByTestId("verdict")).ToHaveAttributeAsync("data-verdict", "CompilationError", new() { Timeout = 60_000 });
        await Assertions.Expect(page.GetByTestId("diagnostics")).ToContainTextAsync("line 3");
        Assert.True(await page.EvaluateAsync<int>("() => window.mljudgeEditor.markerCount()") > 0);
        await Assertions.Expect(page.Locator(".monaco-editor .squiggly-error").First).ToBeAttachedAsync();
        await ScreenshotAsync(page, "compilation-error");
    }

    [Fact]
    public async Task The_leaderboard_updates_live_when_someone_else_gets_Accepted()
    {
        var watcher = await fixture.NewPageAsync();
        await watcher.GotoAsync("/#/leaderboard");
        await Assertions.Expect(watcher.GetByTestId("leaderboard-updated")).ToContainTextAsync("updated");

        var solver = await fixture.NewPageAsync();
        var username = await RegisterAsync(solver);
        await OpenSoftmaxAndTypeAsync(solver, JudgeApiClient.StableSoftmax);
        await solver.GetByTestId("submit").ClickAsync();
        await Assertions.Expect(solver.GetByTestId("verdict")).ToHaveAttributeAsync("data-verdict", "Accepted", new() { Timeout = 60_000 });

        // No reload: the watcher's table refreshes on LeaderboardChanged.
        await Assertions.Expect(watcher.Locator($"[data-testid=standings] tr[data-user='{username}']")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await ScreenshotAsync(watcher, "leaderboard");
    }

    [Fact]
    public async Task The_problem_page_works_at_phone_width()
    {
        var page = await fixture.NewPageAsync(390, 844);
        await page.GotoAsync("/#/problems/softmax");
        await Assertions.Expect(page.GetByTestId("signature")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("submit")).ToBeVisibleAsync();
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1");
        Assert.False(overflow, "the page scrolls sideways at phone width");
        await ScreenshotAsync(page, "problem-phone");
    }

    [Fact]
    public async Task Every_problem_folder_is_listed_and_its_statement_renders_without_math_errors()
    {
        var ids = Directory.GetDirectories(Path.Combine(ServerProcess.RepositoryRoot(), "problems")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/#/problems");
        await Assertions.Expect(page.Locator("[data-problem]")).ToHaveCountAsync(ids.Count);
        var listed = await page.Locator("[data-problem]").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.problem)");
        Assert.Equal(ids, listed.Order(StringComparer.Ordinal));
        // Rows are grouped into the catalog's twelve sections, in learning order.
        var sections = await page.Locator("[data-section]").EvaluateAllAsync<string[]>("s => s.map(e => e.dataset.section)");
        Assert.Equal(["activations", "losses", "normalization", "optimizers", "convolution", "detection", "evaluation",
            "classical-ml", "features", "sequences", "algorithms", "image-processing"], sections);
        await Assertions.Expect(page.Locator("[data-section=detection] [data-problem=nms]")).ToBeVisibleAsync();

        Assert.Empty(await StatementRendering.MathErrorsAsync(page, ids.OfType<string>(), "statement.md", "en"));
    }
}
