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

    /// <summary>Token lifetime; a token used in its second half is renewed (sliding), so only idle sessions expire.</summary>
    public int TokenLifetimeMinutes { get; set; } = 12 * 60;

    /// <summary>How long a server trusts its cached copy of a user's token version and role; revocations made through this server apply at once.</summary>
    public int SessionCacheSeconds { get; set; } = 10;

    /// <summary>Registrations one client address may attempt per hour.</summary>
    public int RegistrationsPerHour { get; set; } = 10;

    /// <summary>Login attempts one client address may make per minute.</summary>
    public int LoginsPerMinute { get; set; } = 20;

    /// <summary>Failed logins for one username from one address before each further attempt waits (doubling, up to 15 minutes).</summary>
    public int FreeLoginFailures { get; set; } = 5;

    /// <summary>Failed logins for one username from all addresses per 15 minutes before addresses that already failed for it must wait.</summary>
    public int LoginFailuresPerUsername { get; set; } = 50;

    /// <summary>Origins (scheme://host[:port]) the hub accepts browser connections from; empty: the server's own host only.</summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>Open SignalR connections one user (or one anonymous address) may hold.</summary>
    public int MaxHubConnectionsPerUser { get; set; } = 8;

    /// <summary>HMAC key for tokens; generated and kept under DataPath when empty.</summary>
    public string? SigningKey { get; set; }
}
