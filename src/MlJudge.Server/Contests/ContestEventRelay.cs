using Microsoft.AspNetCore.SignalR;
using MlJudge.Server.Hubs;
using MlJudge.Server.Queue;

namespace MlJudge.Server.Contests;

/// <summary>
/// Tells a contest's followers that its board changed when one of its submits gets a verdict, on whichever
/// worker judged it. Only a ping: under a freeze every viewer's board differs, so each fetches its own.
/// </summary>
public sealed class ContestEventRelay(NotificationListener listener, ContestStore contests, IHubContext<JudgeHub, IJudgeClient> hub) : IHostedService
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
        if (judgeEvent.Kind != JudgeEvent.Verdict) return;
        if (await contests.ContestOfSubmissionAsync(judgeEvent.SubmissionId, cancellationToken) is { } contestId)
            await hub.Clients.Group(JudgeHub.ContestGroup(contestId)).ContestChanged(contestId);
    }
}
