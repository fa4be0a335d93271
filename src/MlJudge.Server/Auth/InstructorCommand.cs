using Microsoft.Extensions.Options;
using MlJudge.Server.Database;

namespace MlJudge.Server.Auth;

/// <summary>
/// `MlJudge.Server instructor add|promote|demote NAME`: the operator's way to make instructors, against the
/// configured database (or the private local cluster, started for the command if the server is not running).
/// It runs in the server's binary so it shares the server's configuration, migrations and user-store SQL.
/// `add` reads the password from the first line of standard input, or asks for it on a terminal.
/// </summary>
public static class InstructorCommand
{
    public const string Name = "instructor";

    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        if (args is not [var verb, var username, ..] || verb is not ("add" or "promote" or "demote"))
        {
            await Console.Error.WriteLineAsync("usage: MlJudge.Server instructor add|promote|demote <username> [--ConnectionStrings:MlJudge=...]");
            return 2;
        }
        if (!Usernames.IsValid(username))
        {
            await Console.Error.WriteLineAsync($"error: the username {Usernames.Rule}");
            return 2;
        }
        var configuration = Host.CreateApplicationBuilder(args[2..]).Configuration;
        var options = Options.Create(configuration.GetSection(MlJudgeOptions.Section).Get<MlJudgeOptions>() ?? new MlJudgeOptions());
        using var logging = LoggerFactory.Create(l => l.AddConsole().SetMinimumLevel(LogLevel.Warning));
        await using var setup = new DatabaseSetup(configuration, options, logging.CreateLogger<DatabaseSetup>());
        await using var database = await setup.StartAsync(cancellationToken);
        var users = new UserStore(database, options);
        switch (verb)
        {
            case "add":
                var password = ReadPassword();
                if (password is null || password.Length is < 8 or > 128)
                {
                    await Console.Error.WriteLineAsync("error: the password must be 8-128 characters");
                    return 2;
                }
                if (await users.CreateAsync(username, password, cancellationToken, Roles.Instructor) is null)
                {
                    await Console.Error.WriteLineAsync($"error: '{username}' or a name too similar to it exists; use `instructor promote {username}`");
                    return 1;
                }
                Console.WriteLine($"created instructor '{username}'");
                return 0;
            default:
                var role = verb == "promote" ? Roles.Instructor : Roles.Student;
                if (!await users.SetRoleAsync(username, role, cancellationToken))
                {
                    await Console.Error.WriteLineAsync($"error: no user '{username}'");
                    return 1;
                }
                Console.WriteLine($"'{username}' is now {(role == Roles.Instructor ? "an instructor" : "a student")}; their sessions were ended");
                return 0;
        }
    }

    private static string? ReadPassword()
    {
        if (Console.IsInputRedirected) return Console.ReadLine();
        Console.Write("Password: ");
        var password = new System.Text.StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace) { if (password.Length > 0) password.Length--; }
            else if (!char.IsControl(key.KeyChar)) password.Append(key.KeyChar);
        }
        Console.WriteLine();
        return password.ToString();
    }
}
