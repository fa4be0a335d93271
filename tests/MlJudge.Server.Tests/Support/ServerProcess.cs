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

    public static async Task<ServerProcess> StartAsync(int workers = 2, int submissionsPerMinute = 20, int leaseSeconds = 4,
        IReadOnlyDictionary<string, string>? settings = null)
    {
        var server = new ServerProcess { _settings = settings ?? new Dictionary<string, string>() };
        string? configured = null;
        if (DockerAvailable())
        {
            server._container = new PostgreSqlBuilder("postgres:15").Build();
            await server._container.StartAsync();
            configured = server._container.GetConnectionString();
        }
        var port = FreePort();
        server.BaseAddress = new Uri($"http://127.0.0.1:{port}");
        server.Server = server.Launch(["--urls", server.BaseAddress.ToString()], workers, submissionsPerMinute, leaseSeconds, configured);
        await server.WaitHealthyAsync();
        server.ConnectionString = configured ?? LocalConnectionString(server.DataPath);
        return server;
    }

    /// <summary>Starts a worker-only process (`--worker`) against the same database.</summary>
    public Process StartWorker(int leaseSeconds = 4) => Launch(["--worker"], workers: 1, submissionsPerMinute: 20, leaseSeconds, ConnectionString);

    private Process Launch(string[] arguments, int workers, int submissionsPerMinute, int leaseSeconds, string? connectionString)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(ServerDll());
        foreach (var a in arguments) info.ArgumentList.Add(a);
        info.Environment["MlJudge__DataPath"] = DataPath;
        info.Environment["MlJudge__ProblemsPath"] = Path.Combine(RepositoryRoot(), "problems");
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

    private async Task WaitHealthyAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (DateTime.UtcNow < deadline)
        {
            if (Server.HasExited) throw new InvalidOperationException($"the server exited with code {Server.ExitCode}");
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

    private static bool DockerAvailable()
    {
        if (!File.Exists("/var/run/docker.sock") && Environment.GetEnvironmentVariable("DOCKER_HOST") is null) return false;
        try
        {
            using var docker = Process.Start(new ProcessStartInfo("docker", "info") { RedirectStandardOutput = true, RedirectStandardError = true })!;
            return docker.WaitForExit(10_000) && docker.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

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
