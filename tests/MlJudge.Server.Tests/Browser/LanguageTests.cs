using Microsoft.Playwright;
using MlJudge.Server.Tests.Support;

namespace MlJudge.Server.Tests.Browser;

/// <summary>The English / 中文 switch: statements, titles and the interface's own words, remembered per browser.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LanguageTests(BrowserFixture fixture)
{
    private static string ProblemFile(string id, string file) => Path.Combine(ServerProcess.RepositoryRoot(), "problems", id, file);

    private static string Heading(string id, string file) => File.ReadLines(ProblemFile(id, file)).First().TrimStart('#', ' ');

    private static string TitleZh(string id) =>
        File.ReadLines(ProblemFile(id, "problem.yaml")).Single(l => l.StartsWith("titleZh:", StringComparison.Ordinal))["titleZh:".Length..].Trim();

    [Fact]
    public async Task A_Chinese_browser_gets_every_title_in_Chinese_and_every_Chinese_statement_renders_without_math_errors()
    {
        var ids = Directory.GetDirectories(Path.Combine(ServerProcess.RepositoryRoot(), "problems")).Select(d => Path.GetFileName(d)).Order(StringComparer.Ordinal).ToList();
        // No choice stored: the browser's language decides.
        var page = await fixture.NewPageAsync(locale: "zh-CN");
        await page.GotoAsync("/#/problems");
        await Assertions.Expect(page.Locator("[data-problem]")).ToHaveCountAsync(ids.Count);
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("题目");

        var served = await page.EvaluateAsync<string[][]>("() => fetch('/api/problems').then(r => r.json()).then(ps => ps.map(p => [p.id, p.titleZh]))");
        var shown = await page.Locator("[data-problem]").EvaluateAllAsync<string[][]>(
            "rows => rows.map(r => [r.dataset.problem, r.querySelector('[data-testid=problem-title]').textContent])");
        Assert.Equal(served.ToDictionary(p => p[0], p => p[1]), shown.ToDictionary(p => p[0], p => p[1]));
        Assert.All(shown, p => Assert.Contains(p[1], StatementRendering.IsChinese));
        await LearnerJourneyTests.ScreenshotAsync(page, "problem-list-chinese");

        Assert.Empty(await StatementRendering.MathErrorsAsync(page, ids, "statement.zh.md", "zh-CN"));
    }

    [Fact]
    public async Task Switching_to_Chinese_translates_the_page_in_place_and_the_choice_survives_a_reload()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/#/problems/softmax");
        await Assertions.Expect(page.GetByTestId("problem-title")).ToHaveTextAsync("Numerically stable softmax");
        await Assertions.Expect(page.Locator("[data-testid=statement] h1")).ToHaveTextAsync(Heading("softmax", "statement.md"));
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Assertions.Expect(page.GetByTestId("submit")).ToHaveTextAsync("Submit");
        await page.EvaluateAsync("() => { window.sameDocument = true; }");

        await page.GetByTestId("language").SelectOptionAsync("zh");
        await ExpectChineseProblemPageAsync(page);
        Assert.True(await page.EvaluateAsync<bool>("() => window.sameDocument === true"), "switching the language reloaded the page");
        await LearnerJourneyTests.ScreenshotAsync(page, "problem-chinese");

        await page.ReloadAsync();
        await ExpectChineseProblemPageAsync(page);
        await Assertions.Expect(page.GetByTestId("language")).ToHaveValueAsync("zh");
        await page.GotoAsync("/#/problems");
        await Assertions.Expect(page.Locator("[data-problem=softmax] [data-testid=problem-title]")).ToHaveTextAsync(TitleZh("softmax"));

        await page.GetByTestId("language").SelectOptionAsync("en");
        await Assertions.Expect(page.Locator("[data-problem=softmax] [data-testid=problem-title]")).ToHaveTextAsync("Numerically stable softmax");
        await Assertions.Expect(page.Locator("[data-nav=problems]")).ToHaveTextAsync("Problems");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
    }

    private static async Task ExpectChineseProblemPageAsync(IPage page)
    {
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");
        await Assertions.Expect(page.GetByTestId("problem-title")).ToHaveTextAsync(TitleZh("softmax"));
        await Assertions.Expect(page.Locator("[data-testid=statement] h1")).ToHaveTextAsync(Heading("softmax", "statement.zh.md"));
        await Assertions.Expect(page.GetByTestId("statement")).ToHaveAttributeAsync("lang", "zh-CN");
        await Assertions.Expect(page.Locator("[data-nav=problems]")).ToHaveTextAsync("题目");
        await Assertions.Expect(page.GetByTestId("login-link")).ToHaveTextAsync("登录");
        await Assertions.Expect(page.GetByTestId("run")).ToHaveTextAsync("运行样例");
        await Assertions.Expect(page.GetByTestId("submit")).ToHaveTextAsync("提交");
    }

    [Fact]
    public async Task A_learner_who_chose_Chinese_gets_the_verdict_and_the_mistake_hint_in_Chinese_only()
    {
        var page = await fixture.NewPageAsync();
        await LearnerJourneyTests.RegisterAsync(page);
        await page.GetByTestId("language").SelectOptionAsync("zh");
        await LearnerJourneyTests.OpenSoftmaxAndTypeAsync(page, LearnerJourneyTests.UnstableSoftmax);
        await page.GetByTestId("submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("verdict")).ToHaveAttributeAsync("data-verdict", "WrongAnswer", new() { Timeout = 60_000 });
        await Assertions.Expect(page.GetByTestId("verdict")).ToContainTextAsync("答案错误");
        await Assertions.Expect(page.GetByTestId("failure").Filter(new() { HasText = "07-large-logits" })).ToContainTextAsync("隐藏测试");
        var hint = page.Locator("[data-testid=diagnosis][data-mistake=no-max-shift] p");
        await Assertions.Expect(hint).ToHaveCountAsync(1);
        await Assertions.Expect(hint).ToHaveAttributeAsync("lang", "zh-CN");
        Assert.Contains(await hint.TextContentAsync() ?? "", StatementRendering.IsChinese);
        await LearnerJourneyTests.ScreenshotAsync(page, "softmax-wrong-answer-chinese");
    }
}
