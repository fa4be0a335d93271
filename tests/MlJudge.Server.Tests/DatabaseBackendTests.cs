using Dapper;
using Npgsql;
using MlJudge.Server.Tests.Support;

namespace MlJudge.Server.Tests;

/// <summary>Which PostgreSQL the server tests run against: a Testcontainers postgres:15 where Docker answers, else the private cluster.</summary>
public sealed class DatabaseBackendTests
{
    [Fact]
    public async Task The_server_under_test_stores_its_data_in_the_testcontainers_postgres_when_docker_answers_else_in_its_private_cluster()
    {
        await using var server = await ServerProcess.StartAsync(workers: 0);
        await using var user = await JudgeApiClient.RegisterAsync(server);
        await using var db = server.OpenDatabase();
        var version = await db.ExecuteScalarAsync<string>("show server_version");
        var dataDirectory = await db.ExecuteScalarAsync<string>("show data_directory");
        var expected = Environment.GetEnvironmentVariable(ServerProcess.ExpectedDatabaseVariable);

        if (server.ContainerId is { } id)
        {
            Assert.NotEqual("local", expected);
            Assert.StartsWith("15.", version);
            // The user registered through the server's API is a row inside that very container's cluster.
            var settings = new NpgsqlConnectionStringBuilder(server.ConnectionString);
            var count = ServerProcess.Docker("exec", id, "psql", "-U", settings.Username!, "-d", settings.Database!, "-tAc",
                $"select count(*) from users where username = '{user.Username}'");
            Assert.Equal("1", count);
            Assert.Equal("postgres:15", ServerProcess.Docker("inspect", "--format", "{{.Config.Image}}", id));
        }
        else
        {
            Assert.NotEqual("container", expected);
            Assert.StartsWith(Path.Combine(server.DataPath, "postgres"), dataDirectory);
        }
    }
}
