using MlJudge.Engine.Judging;

namespace MlJudge.Server.Workers;

/// <summary>Owns the process's judge engine: started once, shared by every worker slot, disposed at shutdown.</summary>
public sealed class JudgeEngineProvider(Microsoft.Extensions.Options.IOptions<MlJudgeOptions> options, ILogger<JudgeEngineProvider> logger) : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private JudgeEngine? _engine;

    public string Isolation => _engine?.Isolation ?? "not started";

    public async Task<JudgeEngine> GetAsync(CancellationToken cancellationToken)
    {
        if (_engine is not null) return _engine;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_engine is null)
            {
                _engine = await JudgeEngine.StartAsync(new JudgeEngineOptions
                {
                    AllowUnsandboxed = options.Value.AllowUnsandboxed,
                    RunnerPoolSize = options.Value.RunnerPoolSize,
                }, cancellationToken);
                logger.LogInformation("Judge engine started with isolation {Isolation}", _engine.Isolation);
            }
            return _engine;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_engine is not null) await _engine.DisposeAsync();
    }
}
