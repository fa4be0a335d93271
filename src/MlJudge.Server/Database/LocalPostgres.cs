using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Npgsql;

namespace MlJudge.Server.Database;

/// <summary>
/// A private PostgreSQL cluster under a data folder, for when no connection string is configured: created
/// with the machine's initdb on first use, started with pg_ctl, stopped with the server. As root it runs the
/// cluster as the 'postgres' (or 'nobody') user, since PostgreSQL refuses to run as root.
/// </summary>
public sealed class LocalPostgres : IAsyncDisposable
{
    private const string Database = "mljudge";
    private const string User = "mljudge";
    private readonly string _binaries;
    private readonly string _cluster;
    private readonly (string Name, int Uid, int Gid)? _runAs;
    private bool _startedHere;

    public string ConnectionString { get; private set; } = "";

    private LocalPostgres(string binaries, string cluster, (string, int, int)? runAs)
    {
        _binaries = binaries;
        _cluster = cluster;
        _runAs = runAs;
    }

    public static async Task<LocalPostgres> StartAsync(string dataPath, CancellationToken cancellationToken)
    {
        var binaries = FindBinaries() ?? throw new InvalidOperationException(
            "No PostgreSQL found: set ConnectionStrings__MlJudge to an existing database, or install PostgreSQL " +
            "(Debian: apt-get install postgresql) so MlJudge can start a private cluster under " + dataPath + ".");
        Directory.CreateDirectory(dataPath);
        var runAs = Environment.IsPrivilegedProcess ? FindServiceUser() : null;
        var postgres = new LocalPostgres(binaries, Path.Combine(dataPath, "postgres"), runAs);
        var password = await PasswordAsync(dataPath, cancellationToken);
        if (!File.Exists(Path.Combine(postgres._cluster, "PG_VERSION"))) await postgres.InitializeAsync(dataPath, password, cancellationToken);
        var port = await postgres.StartClusterAsync(cancellationToken);
        postgres.ConnectionString = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1", Port = port, Username = User, Password = password, Database = Database,
        }.ConnectionString;
        await postgres.EnsureDatabaseAsync(cancellationToken);
        return postgres;
    }

    private static string? FindBinaries()
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':'))
        {
            if (File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl")))
                return Path.GetDirectoryName(new FileInfo(Path.Combine(dir, "initdb")).ResolveLinkTarget(true)?.FullName ?? Path.Combine(dir, "initdb"));
        }
        return Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb"))).OrderByDescending(d => d, StringComparer.Ordinal).FirstOrDefault()
            : null;
    }

    private static (string, int, int)? FindServiceUser()
    {
        foreach (var line in File.ReadAllLines("/etc/passwd"))
        {
            var f = line.Split(':');
            if (f.Length > 3 && f[0] is "postgres") return (f[0], int.Parse(f[2]), int.Parse(f[3]));
        }
        return ("nobody", 65534, 65534);
    }

    private static async Task<string> PasswordAsync(string dataPath, CancellationToken cancellationToken)
    {
        var file = Path.Combine(dataPath, "postgres.password");
        if (File.Exists(file)) return (await File.ReadAllTextAsync(file, cancellationToken)).Trim();
        var password = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        await File.WriteAllTextAsync(file, password, cancellationToken);
        File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return password;
    }

    private async Task InitializeAsync(string dataPath, string password, CancellationToken cancellationToken)
    {
        if (Directory.Exists(_cluster)) Directory.Delete(_cluster, recursive: true);
        Directory.CreateDirectory(_cluster);
        var passwordFile = Path.Combine(_cluster + ".pw");
        await File.WriteAllTextAsync(passwordFile, password, cancellationToken);
        try
        {
            GiveAway(dataPath, _cluster, passwordFile);
            await RunAsync("initdb", ["-D", _cluster, "-U", User, "--auth=scram-sha-256", $"--pwfile={passwordFile}", "-E", "UTF8", "--locale=C", "--no-instructions"], cancellationToken);
        }
        finally
        {
            File.Delete(passwordFile);
        }
    }

    // The cluster's files must belong to the user the server runs as.
    private void GiveAway(string dataPath, params string[] paths)
    {
        if (_runAs is not { } user) return;
        chown(dataPath, -1, -1);
        foreach (var path in paths) chown(path, user.Uid, user.Gid);
        File.SetUnixFileMode(dataPath, File.GetUnixFileMode(dataPath) | UnixFileMode.OtherExecute);
    }

    [System.Runtime.InteropServices.DllImport("libc", SetLastError = true)]
    private static extern int chown(string path, int owner, int group);

    private async Task<int> StartClusterAsync(CancellationToken cancellationToken)
    {
        var portFile = Path.Combine(_cluster, "mljudge.port");
        if (File.Exists(Path.Combine(_cluster, "postmaster.pid")) && File.Exists(portFile)
            && int.TryParse(await File.ReadAllTextAsync(portFile, cancellationToken), out var running)
            && await RunAsync("pg_ctl", ["status", "-D", _cluster], cancellationToken, throwOnError: false) == 0)
            return running;
        var port = FreePort();
        await File.WriteAllTextAsync(portFile, port.ToString(), cancellationToken);
        if (_runAs is { } user) chown(portFile, user.Uid, user.Gid);
        await RunAsync("pg_ctl", ["start", "-D", _cluster, "-w", "-t", "60", "-l", Path.Combine(_cluster, "server.log"),
            "-o", $"-p {port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c max_connections=200 -c fsync=on"], cancellationToken);
        _startedHere = true;
        return port;
    }

    private async Task EnsureDatabaseAsync(CancellationToken cancellationToken)
    {
        var admin = new NpgsqlConnectionStringBuilder(ConnectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(admin.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand($"select 1 from pg_database where datname = '{Database}'", connection);
        if (await exists.ExecuteScalarAsync(cancellationToken) is null)
        {
            await using var create = new NpgsqlCommand($"create database {Database}", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task<int> RunAsync(string tool, string[] arguments, CancellationToken cancellationToken, bool throwOnError = true)
    {
        var info = new ProcessStartInfo { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = "/" };
        if (_runAs is { } user)
        {
            info.FileName = "setpriv";
            foreach (var a in new[] { $"--reuid={user.Uid}", $"--regid={user.Gid}", "--clear-groups", "--", Path.Combine(_binaries, tool) }) info.ArgumentList.Add(a);
        }
        else info.FileName = Path.Combine(_binaries, tool);
        foreach (var a in arguments) info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0 && throwOnError)
            throw new InvalidOperationException($"{tool} failed ({process.ExitCode}): {await error}{await output}");
        return process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (_startedHere) await RunAsync("pg_ctl", ["stop", "-D", _cluster, "-m", "fast", "-w"], CancellationToken.None, throwOnError: false);
    }
}
