using Dapper;
using Microsoft.AspNetCore.Identity;
using Npgsql;

namespace MlJudge.Server.Auth;

public sealed record UserRecord(long Id, string Username, string PasswordHash, string Role);

public static class Roles
{
    public const string Student = "student";
    public const string Instructor = "instructor";
}

public sealed class UserStore(NpgsqlDataSource database, Microsoft.Extensions.Options.IOptions<MlJudgeOptions> options)
{
    private static readonly PasswordHasher<UserRecord> Hasher = new();

    /// <summary>Creates the user; null when the name is taken. The first user, and configured names, are instructors.</summary>
    public async Task<UserRecord?> CreateAsync(string username, string password, CancellationToken cancellationToken)
    {
        var placeholder = new UserRecord(0, username, "", Roles.Student);
        var hash = Hasher.HashPassword(placeholder, password);
        var configured = options.Value.InstructorUsernames.Contains(username, StringComparer.OrdinalIgnoreCase);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<UserRecord>(new CommandDefinition("""
            insert into users (username, password_hash, role)
            values (@username, @hash, case when @configured or not exists (select 1 from users) then 'instructor' else 'student' end)
            on conflict (username) do nothing
            returning id, username, password_hash, role
            """, new { username, hash, configured }, cancellationToken: cancellationToken));
    }

    public async Task<UserRecord?> VerifyAsync(string username, string password, CancellationToken cancellationToken)
    {
        var user = await FindAsync(username, cancellationToken);
        if (user is null)
        {
            // Spend the same time as a real check so response times do not reveal which names exist.
            Hasher.VerifyHashedPassword(new UserRecord(0, username, "", Roles.Student), DummyHash.Value, password);
            return null;
        }
        return Hasher.VerifyHashedPassword(user, user.PasswordHash, password) == PasswordVerificationResult.Failed ? null : user;
    }

    private static readonly Lazy<string> DummyHash = new(() => Hasher.HashPassword(new UserRecord(0, "", "", Roles.Student), "not a password"));

    public async Task<UserRecord?> FindAsync(string username, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<UserRecord>(new CommandDefinition(
            "select id, username, password_hash, role from users where username = @username", new { username }, cancellationToken: cancellationToken));
    }
}
