using System.ComponentModel.DataAnnotations;

namespace MlJudge.Server;

/// <summary>Configuration section "MlJudge"; the judge engine's own options are under "MlJudge:Engine" (JudgeEngineOptions).</summary>
public sealed class MlJudgeOptions
{
    public const string Section = "MlJudge";

    /// <summary>The problems folder; default: the nearest "problems" folder above the working or app directory.</summary>
    public string? ProblemsPath { get; set; }

    /// <summary>Holds the private PostgreSQL cluster and the generated signing key; default ".mljudge" at the repository root.</summary>
    public string? DataPath { get; set; }

    /// <summary>In-process judge worker slots; 0 serves the API only.</summary>
    [Range(0, 256)]
    public int Workers { get; set; } = 2;

    public string[] InstructorUsernames { get; set; } = [];

    /// <summary>Submissions and runs one user may make per minute.</summary>
    [Range(1, 100_000)]
    public int SubmissionsPerMinute { get; set; } = 30;

    /// <summary>How long a worker's claim on a submission lasts without renewal before another worker retries it.</summary>
    [Range(1, 3600)]
    public int LeaseSeconds { get; set; } = 30;

    /// <summary>Claims per submission before it is finished as InternalError.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 3;

    [Range(1, 24 * 365)]
    public int TokenLifetimeHours { get; set; } = 24 * 7;

    /// <summary>HMAC key for tokens; generated and kept under DataPath when empty.</summary>
    public string? SigningKey { get; set; }
}
