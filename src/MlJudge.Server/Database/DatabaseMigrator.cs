using DbUp;
using Npgsql;

namespace MlJudge.Server.Database;

/// <summary>Applies the versioned SQL scripts under Database/Migrations once each, in name order.</summary>
public static class DatabaseMigrator
{
    // Any constant shared by every MlJudge process: a server and workers starting together would otherwise
    // race to create the same tables (seen with docker compose: "duplicate key ... pg_type_typname_nsp_index").
    private const long MigrationLock = 0x4d6c4a75646765; // "MlJudge"

    public static void Migrate(string connectionString)
    {
        EnsureDatabase.For.PostgresqlDatabase(connectionString);
        using var lockConnection = new NpgsqlConnection(connectionString);
        lockConnection.Open();
        Advisory(lockConnection, "pg_advisory_lock");
        DbUp.Engine.DatabaseUpgradeResult result;
        try
        {
            result = DeployChanges.To.PostgresqlDatabase(connectionString)
                .WithScriptsEmbeddedInAssembly(typeof(DatabaseMigrator).Assembly, name => name.Contains(".Database.Migrations."))
                .WithTransactionPerScript()
                .LogToNowhere()
                .Build()
                .PerformUpgrade();
        }
        finally
        {
            // Explicitly: a pooled connection keeps its session, and with it a session lock, after Dispose.
            Advisory(lockConnection, "pg_advisory_unlock");
        }
        if (!result.Successful) throw new InvalidOperationException($"database migration {result.ErrorScript?.Name} failed: {result.Error.Message}", result.Error);
    }

    private static void Advisory(NpgsqlConnection connection, string function)
    {
        // No command timeout: waiting for another process's migration is the point.
        using var command = new NpgsqlCommand($"select {function}(@key)", connection) { CommandTimeout = 0 };
        command.Parameters.AddWithValue("key", MigrationLock);
        command.ExecuteNonQuery();
    }
}
