using Microsoft.Playwright;
using MlJudge.Server.Tests.Contests;
using MlJudge.Server.Tests.Support;

namespace MlJudge.Server.Tests.Browser;

/// <summary>An instructor runs a contest in the browser; students join with the code and solve while a third browser watches the board.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ContestJourneyTests(BrowserFixture fixture)
{
    private static async Task LoginAsync(IPage page, string username, string password)
    {
        await page.GotoAsync("/#/login");
        await page.GetByTestId("username").FillAsync(username);
        await page.GetByTestId("password").FillAsync(password);
        await page.GetByTestId("auth-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("current-user")).ToContainTextAsync(username);
    }

    private static async Task<string> RegisterAsync(IPage page)
    {
        var username = "student" + Guid.NewGuid().ToString("N")[..10];
        await page.GotoAsync("/#/register");
        await page.GetByTestId("username").FillAsync(username);
        await page.GetByTestId("password").FillAsync("a long password");
        await page.GetByTestId("auth-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("current-user")).ToContainTextAsync(username);
        return username;
    }

    private static async Task JoinAsync(IPage page, string contestUrl)
    {
        await page.GotoAsync(contestUrl);
        await page.GetByTestId("join-code").FillAsync("course-42");
        await page.GetByTestId("join").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=contest-problems] [data-problem=softmax]")).ToBeVisibleAsync();
    }

    private static async Task SolveSoftmaxAsync(IPage page)
    {
        await page.Locator("[data-testid=contest-problems] [data-problem=softmax]").ClickAsync();
        await Assertions.Expect(page.GetByTestId("contest-banner")).ToBeVisibleAsync();
        await page.Locator(".monaco-editor .view-lines").ClickAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.PressAsync("Backspace");
        await page.Keyboard.InsertTextAsync(JudgeApiClient.StableSoftmax);
        await page.GetByTestId("submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("verdict")).ToHaveAttributeAsync("data-verdict", "Accepted", new() { Timeout = 60_000 });
    }

    [Fact]
    public async Task An_instructor_creates_a_contest_students_join_and_solve_the_board_moves_live_and_the_csv_downloads()
    {
        using (await ContestClient.InstructorAsync(fixture.Server)) { } // makes sure the configured instructor account exists
        var teacher = await fixture.NewPageAsync();
        await LoginAsync(teacher, ServerProcess.Instructor, "instructor password");
        await teacher.GotoAsync("/#/contests");
        await teacher.GetByTestId("new-contest").ClickAsync();
        await teacher.GetByTestId("contest-title").FillAsync("Lab 1: softmax and IoU");
        foreach (var problem in new[] { "softmax", "iou" })
        {
            await teacher.GetByTestId("problem-search").FillAsync(problem);
            await teacher.Locator($".picker-item[data-problem={problem}]").ClickAsync();
        }
        await teacher.GetByTestId("points-iou").FillAsync("50");
        var start = DateTime.Now.AddMinutes(-1);
        await teacher.GetByTestId("contest-startsAt").FillAsync(start.ToString("yyyy-MM-ddTHH:mm"));
        await teacher.GetByTestId("contest-endsAt").FillAsync(start.AddHours(2).ToString("yyyy-MM-ddTHH:mm"));
        await teacher.GetByTestId("contest-joinCode").FillAsync("course-42");
        await teacher.GetByTestId("save-contest").ClickAsync();
        await Assertions.Expect(teacher.GetByTestId("join-code-shown")).ToHaveTextAsync("course-42");
        var contestUrl = teacher.Url[teacher.Url.IndexOf("/#/", StringComparison.Ordinal)..];

        var watcher = await fixture.NewPageAsync();
        await RegisterAsync(watcher);
        await JoinAsync(watcher, contestUrl);

        var first = await fixture.NewPageAsync(390, 844); // a phone
        var firstName = await RegisterAsync(first);
        await JoinAsync(first, contestUrl);
        await SolveSoftmaxAsync(first);

        var second = await fixture.NewPageAsync();
        var secondName = await RegisterAsync(second);
        await JoinAsync(second, contestUrl);
        // The watcher's page was loaded before either solved; the board moves without a reload.
        await SolveSoftmaxAsync(second);
        await Assertions.Expect(watcher.Locator($"[data-testid=scoreboard] tr[data-user={secondName}] td.cell-solved")).ToHaveCountAsync(1, new() { Timeout = 30_000 });
        await Assertions.Expect(watcher.Locator($"[data-testid=scoreboard] tr[data-user={firstName}] td.cell-solved.first")).ToHaveCountAsync(1);
        await watcher.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "contest-board.png"), FullPage = true });

        await first.GotoAsync(contestUrl);
        await Assertions.Expect(first.Locator("[data-problem=softmax] [data-testid=own-status]")).ToContainTextAsync("solved");
        await first.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "contest-phone.png"), FullPage = true });

        await teacher.ReloadAsync();
        var download = await teacher.RunAndWaitForDownloadAsync(() => teacher.GetByTestId("export-csv").ClickAsync());
        var csv = await File.ReadAllTextAsync(await download.PathAsync());
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("rank,username,softmax points,softmax time (UTC),iou points,iou time (UTC),solved,penalty,total", lines[0]);
        Assert.StartsWith($"1,{firstName},100,", lines[1]);
        Assert.StartsWith($"2,{secondName},100,", lines[2]);
    }
}
