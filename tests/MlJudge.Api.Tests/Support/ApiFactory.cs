using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using MlJudge.Server.Database;
using Npgsql;

namespace MlJudge.Api.Tests.Support;

/// <summary>
/// The server in this process (WebApplicationFactory over the real Program): real endpoints, real
/// authentication, a real PostgreSQL — the server's own private development cluster in a temporary folder,
/// started by DatabaseSetup like in development — and no judge workers, so nothing here needs the sandbox.
/// One per test run; tests register their own users and never depend on each other's rows.
/// </summary>
public sealed class ApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    /// <summary>The one configured instructor; everyone else the tests register is a student.</summary>
    public const string Instructor = "teacher";

    public const int SubmissionsPerMinute = 20;

    public string DataPath { get; } = Path.Combine(Path.GetTempPath(), "mljudge-api-" + Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSolutionRelativeContentRoot("src/MlJudge.Server");
        builder.UseSetting("MlJudge:DataPath", DataPath);
        builder.UseSetting("MlJudge:ProblemsPath", Path.Combine(RepositoryRoot(), "problems"));
        builder.UseSetting("MlJudge:Workers", "0");
        builder.UseSetting("MlJudge:SubmissionsPerMinute", SubmissionsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("MlJudge:InstructorUsernames:0", Instructor);
        // Every test client comes from the same (absent) address: per-address account throttling would stop the suite.
        builder.UseSetting("MlJudge:RegistrationsPerHour", "1000000");
        builder.UseSetting("MlJudge:LoginsPerMinute", "1000000");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }

    public NpgsqlDataSource Database => Services.GetRequiredService<NpgsqlDataSource>();

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "MlJudge.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("MlJudge.sln not found above the test assembly");
    }

    // Starting the host (and so the database) once, before the first test, keeps its time out of any one test.
    // The first user to register becomes an instructor, so the configured instructor takes that place before
    // any test registers the students it means.
    public async Task InitializeAsync()
    {
        _ = Server;
        using var instructor = await ApiUser.InstructorAsync(this);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        try { Directory.Delete(DataPath, recursive: true); }
        catch (IOException) { }
    }
}

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<ApiFactory>
{
    public const string Name = "api";
}

public static class ApiFactoryExtensions
{
    /// <summary>A client with no token and no cookie jar, like a fresh script.</summary>
    public static HttpClient Anonymous(this ApiFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false });
}
