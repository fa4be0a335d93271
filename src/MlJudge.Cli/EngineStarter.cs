using MlJudge.Engine.Judging;

namespace MlJudge.Cli;

internal static class EngineStarter
{
    /// <summary>Starts the engine, or explains on stderr why it cannot run untrusted code here.</summary>
    public static async Task<JudgeEngine?> StartAsync(JudgeEngineOptions options, CancellationToken cancellationToken)
    {
        try
        {
            return await JudgeEngine.StartAsync(options, cancellationToken);
        }
        catch (InvalidOperationException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return null;
        }
    }
}
