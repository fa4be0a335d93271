using MlJudge.Engine.Judging;

namespace MlJudge.Server.Workers;

/// <summary>Owns the process's judge engine: started on first use, shared by every worker slot, disposed at shutdown.</summary>
public sealed class JudgeEngineProvider(
    Microsoft.Extensions.Options.IOptions<JudgeEngineOptions> options, ILoggerFactory loggers, ILogger<JudgeEngineProvider> logger) : IAsyncDisposable
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
                _engine = await JudgeEngine.StartAsync(options.Value, cancellationToken, loggers);
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
