namespace MlJudge.Server.Leaderboard;

public static class LeaderboardEndpoints
{
    public static IEndpointRouteBuilder MapLeaderboard(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/leaderboard", async (LeaderboardStore store, CancellationToken ct) => TypedResults.Ok(await store.StandingsAsync(ct)));
        return app;
    }
}
