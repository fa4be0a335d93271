namespace MlJudge.Server;

/// <summary>Configuration section "MlJudge".</summary>
public sealed class MlJudgeOptions
{
    public const string Section = "MlJudge";

    /// <summary>The problems folder; default: the nearest "problems" folder above the working or app directory.</summary>
    public string? ProblemsPath { get; set; }

    /// <summary>Holds the private PostgreSQL cluster and the generated signing key; default ".mljudge" at the repository root.</summary>
    public string? DataPath { get; set; }

    /// <summary>In-process judge worker slots; 0 serves the API only.</summary>
    public int Workers { get; set; } = 2;

    public string[] InstructorUsernames { get; set; } = [];

    public bool AllowUnsandboxed { get; set; }

    public int RunnerPoolSize { get; set; } = 2;

    /// <summary>Submissions and runs one user may make per minute.</summary>
    public int SubmissionsPerMinute { get; set; } = 30;

    /// <summary>How long a worker's claim on a submission lasts without renewal before another worker retries it.</summary>
    public int LeaseSeconds { get; set; } = 30;

    /// <summary>Claims per submission before it is finished as InternalError.</summary>
    public int MaxAttempts { get; set; } = 3;

    public int TokenLifetimeHours { get; set; } = 24 * 7;

    /// <summary>HMAC key for tokens; generated and kept under DataPath when empty.</summary>
    public string? SigningKey { get; set; }
}
