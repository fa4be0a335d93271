using Microsoft.AspNetCore.SignalR;
using MlJudge.Server.Auth;
using MlJudge.Server.Submissions;

namespace MlJudge.Server.Hubs;

/// <summary>
/// Live verdicts. Subscribing replays what is already stored (status, tests so far, the verdict), after
/// joining the group, so a late or reconnecting client misses nothing; it may see a test twice and keys by index.
/// </summary>
public sealed class JudgeHub(SubmissionStore store) : Hub<IJudgeClient>
{
    public const string Path = "/hubs/judge";
    public const string LeaderboardGroup = "leaderboard";

    public static string SubmissionGroup(long id) => $"submission-{id}";

    public async Task Subscribe(long submissionId)
    {
        var user = Context.User;
        if (user?.Identity?.IsAuthenticated != true) throw new HubException("Log in to follow a submission.");
        var row = await store.GetAsync(submissionId, Context.ConnectionAborted);
        if (row is null || row.UserId != user.UserId() && !user.IsInstructor()) throw new HubException($"There is no submission {submissionId} you can see.");
        await Groups.AddToGroupAsync(Context.ConnectionId, SubmissionGroup(submissionId), Context.ConnectionAborted);

        await Clients.Caller.Status(submissionId, row.Status);
        foreach (var test in await store.GetTestsAsync(submissionId, Context.ConnectionAborted))
            await Clients.Caller.TestResult(submissionId, TestResultDto.From(test));
        if (row.Status == SubmissionStatus.Finished) await Clients.Caller.Verdict(submissionId, JudgeEventRelay.ToVerdict(row));
    }

    public Task Unsubscribe(long submissionId) => Groups.RemoveFromGroupAsync(Context.ConnectionId, SubmissionGroup(submissionId));

    public Task SubscribeLeaderboard() => Groups.AddToGroupAsync(Context.ConnectionId, LeaderboardGroup);
}
