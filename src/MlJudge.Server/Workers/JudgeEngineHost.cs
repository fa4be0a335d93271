using MlJudge.Engine.Judging;
using MlJudge.Engine.Sandbox;

namespace MlJudge.Server.Workers;

/// <summary>
/// Owns the process's judge engine: started with the host when the process has worker slots, shared by every
/// slot, disposed at shutdown. A process that cannot give runners full isolation (bubblewrap and a writable
/// cgroup for memory and pids) refuses to start instead of judging with weaker walls.
/// </summary>
public sealed class JudgeEngineHost(Microsoft.Extensions.Options.IOptions<MlJudgeOptions> options, ILogger<JudgeEngineHost> logger)
    : IHostedService, IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private JudgeEngine? _engine;

    public string Isolation => _engine?.Isolation ?? "not started";

    // Failing here stops the host before it serves or claims anything: the process exits non-zero with the reason.
    async Task IHostedService.StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Workers > 0) await GetAsync(cancellationToken);
    }

    Task IHostedService.StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task<JudgeEngine> GetAsync(CancellationToken cancellationToken)
    {
        if (_engine is not null) return _engine;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_engine is null)
            {
                var engine = await JudgeEngine.StartAsync(new JudgeEngineOptions
                {
                    AllowUnsandboxed = options.Value.AllowUnsandboxed,
                    RunnerPoolSize = options.Value.RunnerPoolSize,
                }, cancellationToken);
                if (MissingIsolation(engine.IsolationLevel) is { } missing && !options.Value.AllowUnsandboxed)
                {
                    await engine.DisposeAsync();
                    var message = $"This judge worker cannot isolate submissions ({missing}; detected: {engine.Isolation}) and refuses to start. " +
                        "It needs to run as root with bubblewrap installed and write access to the memory and pids cgroups " +
                        "(in a container: see docs/DEPLOYMENT.md); set MlJudge__AllowUnsandboxed=true only for trusted code.";
                    logger.LogCritical("{Message}", message);
                    throw new InvalidOperationException(message);
                }
                _engine = engine;
                logger.LogInformation("Judge engine started with isolation {Isolation}", _engine.Isolation);
            }
            return _engine;
        }
        finally
        {
            _gate.Release();
        }
    }

    private static string? MissingIsolation(IsolationLevel level) =>
        level.Kind != IsolationKind.Bubblewrap ? "bubblewrap does not work here"
        : level.CgroupVersion is null ? "no writable memory and pids cgroup"
        : null;

    public async ValueTask DisposeAsync()
    {
        if (_engine is not null) await _engine.DisposeAsync();
    }
}
