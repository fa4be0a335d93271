using Microsoft.Extensions.DependencyInjection.Extensions;
using MlJudge.Server.Hosting;

namespace MlJudge.Server.Contests;

public static class ContestRegistration
{
    /// <summary>Contests: stores, the board query, the submit gate and the live board relay.</summary>
    public static IServiceCollection AddContests(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ContestStore>();
        services.AddSingleton<ContestAccessService>();
        services.AddSingleton<ContestSubmissionGate>();
        services.AddSingleton<ContestSubmissionsQuery>();
        services.AddSingleton<ScoreboardQuery>();
        services.AddSingleton<ScoreboardCache>();
        services.AddHostedServiceAfterDatabase<ContestEventRelay>();
        return services;
    }
}
