using Microsoft.Playwright;
using MlJudge.Server.Tests.Support;

namespace MlJudge.Server.Tests.Browser;

/// <summary>The problem page's Custom input and Solutions tabs, in a real browser against a real judging server.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CustomInputJourneyTests(BrowserFixture fixture)
{
    private const string UnstableSoftmax = """
        double[] Softmax(double[] logits)
        {
            var e = logits.Select(Math.Exp).ToArray();
            var s = e.Sum();
            return e.Select(v => v / s).ToArray();
        }
        """;

    private static async Task OpenSoftmaxAsNewLearnerAsync(IPage page, string source)
    {
        var username = "custom" + Guid.NewGuid().ToString("N")[..10];
        await page.GotoAsync("/#/register");
        await page.GetByTestId("username").FillAsync(username);
        await page.GetByTestId("password").FillAsync("a long password");
        await page.GetByTestId("auth-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("current-user")).ToContainTextAsync(username);
        await page.GotoAsync("/#/problems/softmax");
        await Assertions.Expect(page.GetByTestId("signature")).ToBeVisibleAsync();
        // The editor's own API (the typing itself is covered by LearnerJourneyTests).
        await page.EvaluateAsync("source => { window.mljudgeEditor.value = source; }", source);
    }

    [Fact]
    public async Task A_learner_runs_a_custom_input_and_sees_both_outputs_with_the_difference_marked()
    {
        var page = await fixture.NewPageAsync();
        await OpenSoftmaxAsNewLearnerAsync(page, UnstableSoftmax);
        await page.Locator("[data-tab='Custom input']").ClickAsync();
        // Prefilled with the first sample's arguments.
        await Assertions.Expect(page.GetByTestId("custom-args")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("\"logits\""));
        await page.GetByTestId("custom-args").FillAsync("{\"logits\": [1000, 0]}");
        await page.GetByTestId("custom-run").ClickAsync();

        var verdict = page.GetByTestId("custom-verdict");
        await Assertions.Expect(verdict).ToHaveAttributeAsync("data-comparison", "Mismatch", new() { Timeout = 90_000 });
        await Assertions.Expect(page.GetByTestId("custom-output")).ToContainTextAsync("NaN");
        await Assertions.Expect(page.GetByTestId("custom-reference")).ToContainTextAsync("[1, 0]");
        await Assertions.Expect(page.GetByTestId("custom-output").Locator("mark.mismatch.got").First).ToBeVisibleAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "custom-input-mismatch.png"), FullPage = true });

        // A wrong argument is refused before anything runs, naming it.
        await page.GetByTestId("custom-args").FillAsync("{\"logits\": [1, \"two\"]}");
        await page.GetByTestId("custom-run").ClickAsync();
        await Assertions.Expect(verdict).ToContainTextAsync("args.logits");
    }

    [Fact]
    public async Task Solutions_open_on_the_problem_page_only_after_an_Accepted_submit()
    {
        var page = await fixture.NewPageAsync();
        await OpenSoftmaxAsNewLearnerAsync(page, JudgeApiClient.StableSoftmax);
        await page.Locator("[data-tab='Solutions']").ClickAsync();
        await Assertions.Expect(page.GetByTestId("solutions-locked")).ToContainTextAsync("Accepted");

        await page.GetByTestId("submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("verdict")).ToHaveAttributeAsync("data-verdict", "Accepted", new() { Timeout = 90_000 });
        await page.Locator("[data-tab='Statement']").ClickAsync();
        await page.Locator("[data-tab='Solutions']").ClickAsync();
        await Assertions.Expect(page.GetByTestId("solutions")).ToContainTextAsync("reference.cs");
        await Assertions.Expect(page.Locator("[data-testid=solutions] [data-mistake=no-max-shift]")).ToBeVisibleAsync();
    }
}
