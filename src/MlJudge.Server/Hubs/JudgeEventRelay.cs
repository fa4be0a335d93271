using System.Text.Json.Nodes;
using Microsoft.AspNetCore.SignalR;
using MlJudge.Server.Queue;
using MlJudge.Server.Submissions;

namespace MlJudge.Server.Hubs;

/// <summary>
/// Turns database notifications (from a worker on any host) into SignalR messages for this server's clients.
/// The notification only points at a row; the row itself is read here, so payloads stay small.
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
        var group = hub.Clients.Group(JudgeHub.SubmissionGroup(judgeEvent.SubmissionId));
        switch (judgeEvent.Kind)
        {
            case JudgeEvent.Status when judgeEvent.NewStatus is { } status:
                await group.Status(judgeEvent.SubmissionId, status);
                break;
            case JudgeEvent.Status when await store.GetAsync(judgeEvent.SubmissionId, cancellationToken) is { } row:
                await group.Status(row.Id, row.Status);
                break;
            case JudgeEvent.Test when judgeEvent.Results is { } results:
                foreach (var test in results) await group.TestResult(judgeEvent.SubmissionId, test);
                break;
            case JudgeEvent.Test when judgeEvent.Indexes is { } indexes:
                foreach (var test in (await store.GetTestsAsync(judgeEvent.SubmissionId, cancellationToken)).Where(t => indexes.Contains(t.Index)))
                    await group.TestResult(judgeEvent.SubmissionId, TestResultDto.From(test));
                break;
            case JudgeEvent.Verdict when await store.GetAsync(judgeEvent.SubmissionId, cancellationToken) is { } row:
                await group.Status(row.Id, row.Status);
                await group.Verdict(row.Id, ToVerdict(row));
                break;
            case JudgeEvent.Leaderboard:
                await hub.Clients.Group(JudgeHub.LeaderboardGroup).LeaderboardChanged();
                break;
        }
    }

    public static VerdictDto ToVerdict(SubmissionRow row) => new(
        row.Verdict ?? Engine.Judging.Verdict.InternalError, row.Passed ?? 0, row.Total ?? 0, Math.Round(row.TimeMs ?? 0, 3), row.Message,
        row.Diagnostics is null ? new JsonArray() : JsonNode.Parse(row.Diagnostics));
}
