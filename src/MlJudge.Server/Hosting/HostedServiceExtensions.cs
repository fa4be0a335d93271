using MlJudge.Server.Database;

namespace MlJudge.Server.Hosting;

public static class HostedServiceExtensions
{
    /// <summary>
    /// Registers a hosted service that needs the database in its constructor. The host constructs every
    /// hosted service before any of them starts; this defers constructing <typeparamref name="T"/> until its
    /// own start, which comes after <see cref="DatabaseSetup"/> opened the database.
    /// </summary>
    public static IServiceCollection AddHostedServiceAfterDatabase<T>(this IServiceCollection services) where T : class, IHostedService
    {
        services.AddHostedService(sp => new AfterDatabase<T>(sp));
        return services;
    }

    private sealed class AfterDatabase<T>(IServiceProvider services) : IHostedService where T : class, IHostedService
    {
        private T? _service;

        public Task StartAsync(CancellationToken cancellationToken)
        {
            _service = services.GetService<T>() ?? ActivatorUtilities.CreateInstance<T>(services);
            return _service.StartAsync(cancellationToken);
        }

        public Task StopAsync(CancellationToken cancellationToken) => _service?.StopAsync(cancellationToken) ?? Task.CompletedTask;
    }
}
