using Microsoft.Extensions.Options;
using MlJudge.Server.Auth;
using MlJudge.Server.Database;
using MlJudge.Server.Leaderboard;
using MlJudge.Server.Problems;
using MlJudge.Server.Queue;
using MlJudge.Server.Submissions;
using MlJudge.Server.Workers;
using Npgsql;

namespace MlJudge.Server.Hosting;

public static class ServiceRegistration
{
    /// <summary>What both the web server and a worker-only process need: the database, the catalog, the queue and the workers.</summary>
    public static async Task<IServiceCollection> AddJudgeCoreAsync(this IServiceCollection services, IConfiguration configuration, ILoggerFactory loggerFactory)
    {
        services.AddOptions<MlJudgeOptions>().Bind(configuration.GetSection(MlJudgeOptions.Section));
        var options = Options.Create(configuration.GetSection(MlJudgeOptions.Section).Get<MlJudgeOptions>() ?? new MlJudgeOptions());
        var setup = new DatabaseSetup(configuration, options, loggerFactory.CreateLogger<DatabaseSetup>());
        var dataSource = await setup.StartAsync(CancellationToken.None);
        services.AddSingleton(setup);
        // Instances handed to the container are not disposed by it; stop the private cluster with the host.
        services.AddHostedService(_ => new DatabaseShutdown(setup));
        services.AddSingleton(dataSource);
        services.AddSingleton<ProblemCatalogService>();
        services.AddSingleton<SubmissionStore>();
        services.AddSingleton<UserStore>();
        services.AddSingleton<LeaderboardStore>();
        services.AddSingleton<JudgeQueue>();
        services.AddSingleton<JudgeEngineHost>();
        services.AddHostedService(sp => sp.GetRequiredService<JudgeEngineHost>()); // refuses to start without full isolation
        services.AddSingleton<NotificationListener>();
        services.AddHostedService(sp => sp.GetRequiredService<NotificationListener>());
        services.AddSingleton<JudgeWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<JudgeWorker>());
        services.AddHostedService<WorkerHeartbeat>();
        return services;
    }

    private sealed class DatabaseShutdown(DatabaseSetup setup) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public async Task StopAsync(CancellationToken cancellationToken) => await setup.DisposeAsync();
    }

    public static async Task LoadProblemsAsync(this IServiceProvider services, CancellationToken cancellationToken) =>
        await services.GetRequiredService<ProblemCatalogService>().ReloadAsync(cancellationToken);
}
