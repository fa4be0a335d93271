using MlJudge.Engine.Judging;

namespace MlJudge.Server.Hosting;

/// <summary>
/// The engine options deployments already set at the top level (MlJudge__RunnerPoolSize,
/// MlJudge__AllowUnsandboxed, documented in README) keep working; the nested MlJudge:Engine key wins when both are set.
/// </summary>
internal static class EngineOptionAliases
{
    public static void Apply(JudgeEngineOptions options, IConfiguration configuration)
    {
        if (Legacy(configuration, nameof(JudgeEngineOptions.RunnerPoolSize)) is { } pool) options.RunnerPoolSize = int.Parse(pool, System.Globalization.CultureInfo.InvariantCulture);
        if (Legacy(configuration, nameof(JudgeEngineOptions.AllowUnsandboxed)) is { } unsandboxed) options.AllowUnsandboxed = bool.Parse(unsandboxed);
    }

    private static string? Legacy(IConfiguration configuration, string name) =>
        configuration[$"{ServiceRegistration.EngineSection}:{name}"] is null ? configuration[$"{MlJudgeOptions.Section}:{name}"] : null;
}
