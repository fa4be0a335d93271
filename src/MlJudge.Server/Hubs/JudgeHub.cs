using Microsoft.AspNetCore.SignalR;
using MlJudge.Server.Auth;
using MlJudge.Server.Submissions;

namespace MlJudge.Server.Hubs;

/// <summary>
/// Live verdicts. Subscribing replays what is already stored (status, tests so far, the verdict), after
/// joining the group, so a late or reconnecting client misses nothing; it may see a test twice and keys by index.
/// Instructors join a submission's full group, everyone else its owner group (see <see cref="JudgeEventRelay"/>).
/// </summary>
public sealed class JudgeHub(SubmissionStore store, HubConnectionLimiter limiter, SessionValidator sessions) : Hub<IJudgeClient>
{
    public const string Path = "/hubs/judge";
    public const string LeaderboardGroup = "leaderboard";

    public static string SubmissionGroup(long id) => $"submission-{id}";

    public static string FullGroup(long id) => $"submission-{id}-full";

    public override async Task OnConnectedAsync()
    {
        if (!limiter.TryOpen(Context)) Context.Abort();
        await base.OnConnectedAsync();
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        limiter.Close(Context);
        await base.OnDisconnectedAsync(exception);
    }

    public async Task Subscribe(long submissionId)
    {
        var user = Context.User;
        if (user?.Identity?.IsAuthenticated != true) throw new HubException("Log in to follow a submission.");
        // A connection outlives the token it was opened with: logout or a password change ends what it may follow.
        if (!await sessions.IsCurrentAsync(user, Context.ConnectionAborted)) throw new HubException("Your session has ended; log in again.");
        var row = await store.GetAsync(submissionId, Context.ConnectionAborted);
        if (row is null || row.UserId != user.UserId() && !user.IsInstructor()) throw new HubException($"There is no submission {submissionId} you can see.");
        var everything = ResultVisibility.SeesEverything(user);
        await Groups.AddToGroupAsync(Context.ConnectionId, everything ? FullGroup(submissionId) : SubmissionGroup(submissionId), Context.ConnectionAborted);

        await Clients.Caller.Status(submissionId, row.Status);
        var tests = await store.GetTestsAsync(submissionId, Context.ConnectionAborted);
        foreach (var test in ResultVisibility.Tests(tests, everything, row.Kind, row.Status))
            await Clients.Caller.TestResult(submissionId, test);
        if (row.Status == SubmissionStatus.Finished) await Clients.Caller.Verdict(submissionId, ResultVisibility.Verdict(row, tests, everything));
    }

    public async Task Unsubscribe(long submissionId)
    {
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, SubmissionGroup(submissionId));
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, FullGroup(submissionId));
    }

    public Task SubscribeLeaderboard() => Groups.AddToGroupAsync(Context.ConnectionId, LeaderboardGroup);

    public static string ContestGroup(long id) => $"contest-{id}";

    /// <summary>Follows a contest's board: joins its group, then sends the caller the board as it is now (late joiners miss nothing).</summary>
    public async Task SubscribeContest(long contestId, Contests.ContestAccessService access, Contests.ScoreboardCache boards)
    {
        var user = Context.User;
        if (user?.Identity?.IsAuthenticated != true) throw new HubException("Log in to follow a contest.");
        if (!await sessions.IsCurrentAsync(user, Context.ConnectionAborted)) throw new HubException("Your session has ended; log in again.");
        if (await access.ForAsync(contestId, user, Context.ConnectionAborted) is not { CanSeeBoard: true } contest)
            throw new HubException($"There is no contest {contestId} you can see.");
        await Groups.AddToGroupAsync(Context.ConnectionId, ContestGroup(contestId), Context.ConnectionAborted);
        await Clients.Caller.ContestBoard(contestId, await boards.GetAsync(contest.Contest, user.UserId(), contest.Cutoff, Context.ConnectionAborted));
    }

    public Task UnsubscribeContest(long contestId) => Groups.RemoveFromGroupAsync(Context.ConnectionId, ContestGroup(contestId));
}
