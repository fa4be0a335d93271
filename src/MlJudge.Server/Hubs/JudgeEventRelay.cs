using Microsoft.AspNetCore.SignalR;
using MlJudge.Server.Queue;
using MlJudge.Server.Submissions;

namespace MlJudge.Server.Hubs;

/// <summary>
/// Turns database notifications (from a worker on any host) into SignalR messages for this server's clients.
/// The notification only points at a row; the row itself is read here, so payloads stay small. Every submission
/// has two groups: instructors get everything as it happens; the owner gets what <see cref="ResultVisibility"/>
/// allows — sample tests live without times, hidden tests only when the verdict is in.
/// </summary>
public sealed class JudgeEventRelay(NotificationListener listener, SubmissionStore store, IHubContext<JudgeHub, IJudgeClient> hub) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        listener.EventReceived += RelayAsync;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        listener.EventReceived -= RelayAsync;
        return Task.CompletedTask;
    }

    private async Task RelayAsync(JudgeEvent judgeEvent, CancellationToken cancellationToken)
    {
        var id = judgeEvent.SubmissionId;
        var full = hub.Clients.Group(JudgeHub.FullGroup(id));
        var owner = hub.Clients.Group(JudgeHub.SubmissionGroup(id));
        switch (judgeEvent.Kind)
        {
            case JudgeEvent.Status when judgeEvent.NewStatus is { } status:
                await full.Status(id, status);
                await owner.Status(id, status);
                break;
            case JudgeEvent.Status when await store.GetAsync(id, cancellationToken) is { } row:
                await full.Status(row.Id, row.Status);
                await owner.Status(row.Id, row.Status);
                break;
            case JudgeEvent.Test when judgeEvent.Results is { } results:
                foreach (var test in results) await full.TestResult(id, test);
                foreach (var test in results.Where(t => t.IsSample)) await owner.TestResult(id, test with { TimeMs = null });
                break;
            case JudgeEvent.Test when judgeEvent.Indexes is { } indexes:
                foreach (var test in (await store.GetTestsAsync(id, cancellationToken)).Where(t => indexes.Contains(t.Index)))
                {
                    await full.TestResult(id, TestResultDto.From(test));
                    if (test.IsSample) await owner.TestResult(id, TestResultDto.From(test, showTime: false));
                }
                break;
            case JudgeEvent.Verdict when await store.GetAsync(id, cancellationToken) is { } row:
                var tests = await store.GetTestsAsync(id, cancellationToken);
                await full.Status(row.Id, row.Status);
                await full.Verdict(row.Id, ResultVisibility.Verdict(row, tests, everything: true));
                // The hidden tests the owner has not seen yet, all at once, then the verdict.
                foreach (var test in ResultVisibility.Tests(tests.Where(t => !t.IsSample), everything: false, row.Kind, row.Status))
                    await owner.TestResult(row.Id, test);
                await owner.Status(row.Id, row.Status);
                await owner.Verdict(row.Id, ResultVisibility.Verdict(row, tests, everything: false));
                break;
            case JudgeEvent.Leaderboard:
                await hub.Clients.Group(JudgeHub.LeaderboardGroup).LeaderboardChanged();
                break;
        }
    }
}
