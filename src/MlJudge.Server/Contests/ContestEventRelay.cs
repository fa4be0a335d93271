using Microsoft.AspNetCore.SignalR;
using MlJudge.Server.Hubs;
using MlJudge.Server.Queue;

namespace MlJudge.Server.Contests;

/// <summary>
/// Tells a contest's followers that its board changed: a submit, a verdict, a rejudge, a join, an edit or an
/// unfreeze, on whichever server or worker wrote it (the board version's NOTIFY, migration 0009). Only a
/// ping: under a freeze every viewer's board differs, so each fetches its own (from the board cache).
/// </summary>
public sealed class ContestEventRelay(NotificationListener listener, IHubContext<JudgeHub, IJudgeClient> hub) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        listener.BoardChanged += RelayAsync;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        listener.BoardChanged -= RelayAsync;
        return Task.CompletedTask;
    }

    private Task RelayAsync(long contestId, CancellationToken cancellationToken) =>
        hub.Clients.Group(JudgeHub.ContestGroup(contestId)).ContestChanged(contestId);
}
