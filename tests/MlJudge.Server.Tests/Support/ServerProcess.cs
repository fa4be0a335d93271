using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;
using Testcontainers.PostgreSql;

namespace MlJudge.Server.Tests.Support;

/// <summary>
/// The real server as a real process on a free loopback port, with a real, throwaway PostgreSQL: a
/// Testcontainers container where a Docker engine answers; otherwise the server's own private cluster in a
/// temporary data folder, which this fixture removes afterwards.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly List<Process> _processes = [];
    private PostgreSqlContainer? _container;

    /// <summary>Set to "container" or "local" (CI sets "container") to fail instead of silently taking the other path.</summary>
    public const string ExpectedDatabaseVariable = "MLJUDGE_TEST_DATABASE";

    /// <summary>The Testcontainers PostgreSQL container's id, or null when the private local cluster is used.</summary>
    public string? ContainerId => _container?.Id;

    /// <summary>The one configured instructor; everyone else the tests register is a student.</summary>
    public const string Instructor = "teacher";

    public string DataPath { get; } = Path.Combine(Path.GetTempPath(), "mljudge-server-" + Guid.NewGuid().ToString("N"));
    public Uri BaseAddress { get; private set; } = null!;
    public string ConnectionString { get; private set; } = "";
    public Process Server { get; private set; } = null!;

    /// <summary>Every line the server process wrote (stdout and stderr), for tests about what it logs.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<string> Output { get; } = new();

    /// <summary>Extra configuration (environment variables such as MlJudge__LoginsPerMinute) for this server's processes.</summary>
    private IReadOnlyDictionary<string, string> _settings = new Dictionary<string, string>();


    /// <summary>The problems folder every process of this server reads: the repository's, unless a test passes its own copy.</summary>
    public string ProblemsPath { get; private init; } = Path.Combine(RepositoryRoot(), "problems");

    public static async Task<ServerProcess> StartAsync(int workers = 2, int submissionsPerMinute = 20, int leaseSeconds = 4,
        IReadOnlyDictionary<string, string>? settings = null, string? problemsPath = null)
    {
        var server = new ServerProcess
        {
            _settings = settings ?? new Dictionary<string, string>(),
            ProblemsPath = problemsPath ?? Path.Combine(RepositoryRoot(), "problems"),
        };
        string? configured = null;
        var expected = Environment.GetEnvironmentVariable(ExpectedDatabaseVariable);
        var docker = DockerAvailable();
        if (expected == "container" && !docker) throw new InvalidOperationException($"{ExpectedDatabaseVariable}=container but no Docker engine answers `docker info`");
        try
        {
            if (docker && expected != "local")
            {
                ConfigureTestcontainers();
                server._container = new PostgreSqlBuilder("postgres:15").Build();
                await server._container.StartAsync();
                configured = server._container.GetConnectionString();
            }
            var port = FreePort();
            server.BaseAddress = new Uri($"http://127.0.0.1:{port}");
            server.Server = server.Launch(["--urls", server.BaseAddress.ToString()], workers, submissionsPerMinute, leaseSeconds, configured);
            await WaitHealthyAsync(server.BaseAddress, server.Server);
            server.ConnectionString = configured ?? LocalConnectionString(server.DataPath);
            return server;
        }
        catch
        {
            // Nobody else can stop what was started: without Ryuk a failed start would leave its container behind.
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts another API server process (no worker slots) on the same database and data folder; returns its address.</summary>
    public async Task<Uri> StartSecondServerAsync()
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var process = Launch(["--urls", address.ToString()], workers: 0, submissionsPerMinute: 20, leaseSeconds: 4, ConnectionString);
        await WaitHealthyAsync(address, process);
        return address;
    }

    /// <summary>Starts a worker-only process (`--worker`) against the same database.</summary>
    public Process StartWorker(int leaseSeconds = 4) => Launch(["--worker"], workers: 1, submissionsPerMinute: 20, leaseSeconds, ConnectionString);

    private Process Launch(string[] arguments, int workers, int submissionsPerMinute, int leaseSeconds, string? connectionString)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(ServerDll());
        foreach (var a in arguments) info.ArgumentList.Add(a);
        info.Environment["MlJudge__DataPath"] = DataPath;
        info.Environment["MlJudge__ProblemsPath"] = ProblemsPath;
        info.Environment["MlJudge__Workers"] = workers.ToString();
        info.Environment["MlJudge__SubmissionsPerMinute"] = submissionsPerMinute.ToString();
        info.Environment["MlJudge__LeaseSeconds"] = leaseSeconds.ToString();
        info.Environment["MlJudge__RunnerPoolSize"] = "1";
        info.Environment["MlJudge__InstructorUsernames__0"] = Instructor;
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        // The shared servers register hundreds of users from one address; tests of the limits pass their own.
        info.Environment["MlJudge__RegistrationsPerHour"] = "100000";
        info.Environment["MlJudge__LoginsPerMinute"] = "100000";
        foreach (var (key, value) in _settings) info.Environment[key] = value;
        if (connectionString is not null) info.Environment["ConnectionStrings__MlJudge"] = connectionString;
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) Output.Enqueue(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Output.Enqueue(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _processes.Add(process);
        return process;
    }

    private static async Task WaitHealthyAsync(Uri address, Process server)
    {
        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (DateTime.UtcNow < deadline)
        {
            if (server.HasExited) throw new InvalidOperationException($"the server exited with code {server.ExitCode}");
            try
            {
                if ((await http.GetAsync("/health")).IsSuccessStatusCode) return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { }
            await Task.Delay(250);
        }
        throw new TimeoutException("the server did not become healthy within 120 s");
    }

    private static string LocalConnectionString(string dataPath) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = int.Parse(File.ReadAllText(Path.Combine(dataPath, "postgres", "mljudge.port"))),
        Username = "mljudge",
        Password = File.ReadAllText(Path.Combine(dataPath, "postgres.password")).Trim(),
        Database = "mljudge",
    }.ConnectionString;

    public NpgsqlConnection OpenDatabase()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        return connection;
    }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "MlJudge.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("MlJudge.sln not found above the test assembly");
    }

    private static string ServerDll()
    {
        // Same configuration as the tests themselves (bin/<Configuration>/net10.0).
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        var dll = Path.Combine(RepositoryRoot(), "src", "MlJudge.Server", "bin", configuration, "net10.0", "MlJudge.Server.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException(dll);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>
    /// Testcontainers settings for a local engine, each only when neither the environment nor
    /// ~/.testcontainers.properties sets it: the engine's own API version (Testcontainers 4.x asks for a newer one
    /// than Debian's engine speaks), no Ryuk (its image would be pulled; these fixtures remove their containers
    /// themselves) and 127.0.0.1 as the host of published ports (Testcontainers takes the docker0 gateway when
    /// /.dockerenv exists, and a local engine may publish on loopback only).
    /// </summary>
    private static void ConfigureTestcontainers()
    {
        var properties = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".testcontainers.properties");
        var configured = File.Exists(properties) ? File.ReadAllText(properties) : "";
        void Default(string variable, string property, Func<string?> value)
        {
            if (Environment.GetEnvironmentVariable(variable) is not null || configured.Contains(property + "=")) return;
            if (value() is { Length: > 0 } v) Environment.SetEnvironmentVariable(variable, v);
        }
        Default("DOCKER_API_VERSION", "docker.api.version", () => Docker("version", "--format", "{{.Server.APIVersion}}"));
        Default("TESTCONTAINERS_RYUK_DISABLED", "ryuk.disabled", () => "true");
        if (Environment.GetEnvironmentVariable("DOCKER_HOST") is null or "" || Environment.GetEnvironmentVariable("DOCKER_HOST")!.StartsWith("unix://", StringComparison.Ordinal))
            Default("TESTCONTAINERS_HOST_OVERRIDE", "host.override", () => "127.0.0.1");
    }

    /// <summary>Runs the docker CLI; its trimmed output, or null when it fails.</summary>
    public static string? Docker(params string[] arguments)
    {
        try
        {
            var info = new ProcessStartInfo("docker") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var a in arguments) info.ArgumentList.Add(a);
            using var docker = Process.Start(info)!;
            var output = docker.StandardOutput.ReadToEndAsync();
            _ = docker.StandardError.ReadToEndAsync();
            return docker.WaitForExit(30_000) && docker.ExitCode == 0 ? output.Result.Trim() : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    private static bool DockerAvailable() =>
        (File.Exists("/var/run/docker.sock") || Environment.GetEnvironmentVariable("DOCKER_HOST") is not null)
        && Docker("info", "--format", "{{.ServerVersion}}") is not null;

    /// <summary>Stops a process the way a service manager would (SIGTERM), so it shuts down cleanly.</summary>
    public static async Task StopAsync(Process process)
    {
        if (process.HasExited) return;
        Process.Start("kill", ["-TERM", process.Id.ToString()])!.WaitForExit();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try { await process.WaitForExitAsync(timeout.Token); }
        catch (OperationCanceledException) { process.Kill(entireProcessTree: true); }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var process in _processes.AsEnumerable().Reverse()) await StopAsync(process);
        if (_container is not null) await _container.DisposeAsync();
        try { Directory.Delete(DataPath, recursive: true); }
        catch (IOException) { }
    }
}
