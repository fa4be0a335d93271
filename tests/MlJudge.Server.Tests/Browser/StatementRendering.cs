using Microsoft.Playwright;
using MlJudge.Server.Tests.Support;

namespace MlJudge.Server.Tests.Browser;

/// <summary>Opens every problem's page and collects the statements that KaTeX could not render, in either language.</summary>
internal static class StatementRendering
{
    public static bool IsChinese(char c) => c is >= '\u4e00' and <= '\u9fff';

    /// <param name="file">statement.md or statement.zh.md: its first heading must be the one shown.</param>
    /// <param name="lang">the statement's expected lang attribute ("en" or "zh-CN").</param>
    public static async Task<List<string>> MathErrorsAsync(IPage page, IEnumerable<string> ids, string file, string lang)
    {
        var broken = new List<string>();
        foreach (var id in ids)
        {
            var heading = File.ReadLines(Path.Combine(ServerProcess.RepositoryRoot(), "problems", id, file)).First().TrimStart('#', ' ');
            await page.GotoAsync($"/#/problems/{id}");
            await Assertions.Expect(page.Locator("[data-testid=statement] h1")).ToHaveTextAsync(heading);
            await Assertions.Expect(page.GetByTestId("statement")).ToHaveAttributeAsync("lang", lang);
            // KaTeX renders bad TeX as .katex-error instead of throwing; a statement with any is unreadable there.
            var errors = await page.Locator("[data-testid=statement] .katex-error").AllTextContentsAsync();
            if (errors.Count > 0) broken.Add($"{id}: {string.Join(" | ", errors)}");
        }
        return broken;
    }
}
