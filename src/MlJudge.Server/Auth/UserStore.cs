using Dapper;
using Microsoft.AspNetCore.Identity;
using Npgsql;

namespace MlJudge.Server.Auth;

/// <summary>A stored user; Role is the stored role, see <see cref="UserStore.EffectiveRole"/> for the one that counts.</summary>
public sealed record UserRecord(long Id, string Username, string PasswordHash, string Role, int TokenVersion);

public static class Roles
{
    public const string Student = "student";
    public const string Instructor = "instructor";
}

public sealed class UserStore(NpgsqlDataSource database, Microsoft.Extensions.Options.IOptions<MlJudgeOptions> options)
{
    private const string Columns = "id, username, password_hash, role, token_version";
    private static readonly PasswordHasher<UserRecord> Hasher = new();

    /// <summary>
    /// Creates the user (a student unless <paramref name="role"/> says otherwise); null when the name, or one equal
    /// to it up to case or confusables, is taken. Nobody becomes an instructor by registering first.
    /// </summary>
    public async Task<UserRecord?> CreateAsync(string username, string password, CancellationToken cancellationToken, string role = Roles.Student)
    {
        var hash = Hasher.HashPassword(new UserRecord(0, username, "", role, 0), password);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<UserRecord>(new CommandDefinition($"""
            insert into users (username, username_normalized, username_skeleton, password_hash, role)
            values (@username, @normalized, @skeleton, @hash, @role)
            on conflict do nothing
            returning {Columns}
            """, new { username, normalized = Usernames.Normalize(username), skeleton = Usernames.Skeleton(username), hash, role },
            cancellationToken: cancellationToken));
    }

    /// <summary>The user when the password is right; an invalid name is never looked up (it cannot exist).</summary>
    public async Task<UserRecord?> VerifyAsync(string username, string password, CancellationToken cancellationToken)
    {
        var user = Usernames.IsValid(username) ? await FindAsync(username, cancellationToken) : null;
        if (user is null)
        {
            // Spend the same time as a real check so response times do not reveal which names exist.
            Hasher.VerifyHashedPassword(new UserRecord(0, username, "", Roles.Student, 0), DummyHash.Value, password);
            return null;
        }
        return Hasher.VerifyHashedPassword(user, user.PasswordHash, password) == PasswordVerificationResult.Failed ? null : user;
    }

    private static readonly Lazy<string> DummyHash = new(() => Hasher.HashPassword(new UserRecord(0, "", "", Roles.Student, 0), "not a password"));

    public async Task<UserRecord?> FindAsync(string username, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<UserRecord>(new CommandDefinition(
            $"select {Columns} from users where username_normalized = @normalized", new { normalized = Usernames.Normalize(username) },
            cancellationToken: cancellationToken));
    }

    public async Task<UserRecord?> GetAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<UserRecord>(new CommandDefinition(
            $"select {Columns} from users where id = @id", new { id }, cancellationToken: cancellationToken));
    }

    /// <summary>Instructor when stored so (by the `instructor` command) or listed in MlJudge:InstructorUsernames, compared normalized.</summary>
    public string EffectiveRole(UserRecord user) =>
        user.Role == Roles.Instructor || options.Value.InstructorUsernames.Any(n => Usernames.Normalize(n.Trim()) == Usernames.Normalize(user.Username))
            ? Roles.Instructor
            : Roles.Student;

    /// <summary>Invalidates every token issued to the user so far; returns the new version.</summary>
    public async Task<int> RevokeTokensAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "update users set token_version = token_version + 1 where id = @id returning token_version", new { id }, cancellationToken: cancellationToken));
    }

    /// <summary>Sets a new password and revokes every earlier token, in one statement.</summary>
    public async Task<UserRecord?> ChangePasswordAsync(UserRecord user, string newPassword, CancellationToken cancellationToken)
    {
        var hash = Hasher.HashPassword(user, newPassword);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<UserRecord>(new CommandDefinition($"""
            update users set password_hash = @hash, token_version = token_version + 1, password_changed_at = now()
            where id = @Id returning {Columns}
            """, new { hash, user.Id }, cancellationToken: cancellationToken));
    }

    /// <summary>Stores the role of an existing user and revokes their tokens (so the new role applies at once); false when no such user.</summary>
    public async Task<bool> SetRoleAsync(string username, string role, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "update users set role = @role, token_version = token_version + 1 where username_normalized = @normalized",
            new { role, normalized = Usernames.Normalize(username) }, cancellationToken: cancellationToken)) == 1;
    }
}
