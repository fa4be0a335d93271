using MlJudge.Engine.Judging;
using MlJudge.Server.Auth;
using MlJudge.Server.Database;
using MlJudge.Server.Leaderboard;
using MlJudge.Server.Metrics;
using MlJudge.Server.Problems;
using MlJudge.Server.Queue;
using MlJudge.Server.Submissions;
using MlJudge.Server.Workers;

namespace MlJudge.Server.Hosting;

public static class ServiceRegistration
{
    /// <summary>Judge engine options live under "MlJudge:Engine".</summary>
    public const string EngineSection = MlJudgeOptions.Section + ":Engine";

    /// <summary>
    /// What both the web server and a worker-only process need: options, the database, the catalog, the queue
    /// and the workers. Registration only: nothing starts until the host does (<see cref="DatabaseSetup"/> first).
    /// </summary>
    public static IHostApplicationBuilder AddJudgeCore(this IHostApplicationBuilder builder, CatalogRole catalogRole)
    {
        var services = builder.Services;
        services.AddOptions<MlJudgeOptions>().BindConfiguration(MlJudgeOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<JudgeEngineOptions>().BindConfiguration(EngineSection)
            .Configure<IConfiguration>(EngineOptionAliases.Apply)
            .Validate(o => o.RunnerPoolSize >= 1 && o.CompileHostCount >= 1 && o.CompileHostHeapMb >= 64 && o.OutputLimitBytes > 0
                && o.CompileTimeout > TimeSpan.Zero && o.PrewarmMemoryMb.All(mb => mb > 0), "MlJudge:Engine has a value out of range")
            .ValidateOnStart();

        // First hosted service: StartingAsync opens and migrates the database before any other service starts.
        services.AddSingleton<DatabaseSetup>();
        services.AddHostedService(sp => sp.GetRequiredService<DatabaseSetup>());
        services.AddSingleton(sp => sp.GetRequiredService<DatabaseSetup>().DataSource);

        services.AddSingleton<ProblemCatalogService>();
        services.AddSingleton<SubmissionStore>();
        services.AddSingleton<UserStore>();
        services.AddSingleton<LeaderboardStore>();
        services.AddSingleton<JudgeQueue>();
        services.AddSingleton<JudgeEngineProvider>();
        services.AddHostedService(sp => sp.GetRequiredService<JudgeEngineProvider>()); // refuses to start without full isolation
        services.AddSingleton<JudgeMetrics>();
        services.AddSingleton<NotificationListener>();
        services.AddHostedServiceAfterDatabase<NotificationListener>();
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<CatalogFollower>(sp, catalogRole));
        services.AddHostedServiceAfterDatabase<CatalogFollower>();
        services.AddSingleton<LeaseKeeper>();
        services.AddSingleton<JudgeWorker>();
        services.AddHostedServiceAfterDatabase<JudgeWorker>();
        services.AddHostedServiceAfterDatabase<QueueDepthSampler>();
        services.AddHostedServiceAfterDatabase<WorkerHeartbeat>();
        return builder;
    }
}
