using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MlJudge.Server.Auth;

public sealed record Credentials(string? Username, string? Password);

public sealed record PasswordChange(string? CurrentPassword, string? NewPassword);

public sealed record LoginResponse(string Token, string Username, string Role, DateTimeOffset ExpiresAt);

public sealed record UserResponse(string Username, string Role);

public static class AuthEndpoints
{
    public const string RegisterPolicy = "register";
    public const string LoginPolicy = "login";
    private const int MinPassword = 8;
    private const int MaxPassword = 128;

    public static RouteGroupBuilder MapAuth(this RouteGroupBuilder group)
    {
        group.MapPost("/register", RegisterAsync).RequireRateLimiting(RegisterPolicy);
        group.MapPost("/login", LoginAsync).RequireRateLimiting(LoginPolicy);
        group.MapPost("/logout", LogoutAsync);
        group.MapPost("/password", ChangePasswordAsync).RequireAuthorization().RequireRateLimiting(LoginPolicy);
        group.MapGet("/me", (ClaimsPrincipal user) =>
            TypedResults.Ok(new UserResponse(user.Identity!.Name!, user.IsInstructor() ? Roles.Instructor : Roles.Student))).RequireAuthorization();
        return group;
    }

    public static string ClientAddress(this HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static async Task<Results<Created<UserResponse>, ValidationProblem, ProblemHttpResult>> RegisterAsync(
        Credentials body, UserStore users, LoginThrottle throttle, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (!Usernames.IsValid(body.Username)) errors["username"] = [Usernames.Rule];
        if (body.Password is null || body.Password.Length is < MinPassword or > MaxPassword) errors["password"] = [$"must be {MinPassword}-{MaxPassword} characters"];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        if (throttle.BeforeRegistration(Usernames.Normalize(body.Username!)) is { } wait) return TooMany(http, wait, "Too many registration attempts for this name.");
        var user = await users.CreateAsync(body.Username!, body.Password!, cancellationToken);
        if (user is null)
            return TypedResults.Problem(statusCode: 409, title: "Username taken", detail: $"'{body.Username}' or a name too similar to it is already registered.");
        return TypedResults.Created("/api/auth/me", new UserResponse(user.Username, users.EffectiveRole(user)));
    }

    private static async Task<Results<Ok<LoginResponse>, ProblemHttpResult>> LoginAsync(
        Credentials body, UserStore users, TokenService tokens, LoginThrottle throttle, HttpContext http, CancellationToken cancellationToken)
    {
        if (body.Username is null || body.Password is null || body.Username.Length > Usernames.MaxLength || body.Password.Length > MaxPassword)
            return Unauthorized();
        var name = Usernames.Normalize(body.Username);
        var address = http.ClientAddress();
        if (throttle.BeforeLogin(name, address) is { } wait) return TooMany(http, wait, "Too many failed logins; wait before trying again.");
        var user = await users.VerifyAsync(body.Username, body.Password, cancellationToken);
        if (user is null)
        {
            throttle.LoginFailed(name, address);
            return Unauthorized();
        }
        throttle.LoginSucceeded(name, address);
        return TypedResults.Ok(IssueSession(http, tokens, users, user));
    }

    private static async Task<NoContent> LogoutAsync(ClaimsPrincipal user, UserStore users, SessionValidator sessions, HttpContext http, CancellationToken cancellationToken)
    {
        // Logout ends every session of the user (the token version is per user), not just this browser's.
        if (user.Identity?.IsAuthenticated == true)
        {
            var version = await users.RevokeTokensAsync(user.UserId(), cancellationToken);
            sessions.Revoked(user.UserId(), version, user.IsInstructor() ? Roles.Instructor : Roles.Student);
        }
        http.Response.Cookies.Delete(TokenService.CookieName, new CookieOptions { Path = "/" });
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<LoginResponse>, ValidationProblem, ProblemHttpResult>> ChangePasswordAsync(
        PasswordChange body, ClaimsPrincipal principal, UserStore users, TokenService tokens, SessionValidator sessions, LoginThrottle throttle,
        HttpContext http, CancellationToken cancellationToken)
    {
        if (body.NewPassword is null || body.NewPassword.Length is < MinPassword or > MaxPassword)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["newPassword"] = [$"must be {MinPassword}-{MaxPassword} characters"] });
        var name = Usernames.Normalize(principal.Identity!.Name!);
        var address = http.ClientAddress();
        if (throttle.BeforeLogin(name, address) is { } wait) return TooMany(http, wait, "Too many failed attempts; wait before trying again.");
        var user = body.CurrentPassword is { Length: <= MaxPassword } current ? await users.VerifyAsync(principal.Identity.Name!, current, cancellationToken) : null;
        if (user is null || user.Id != principal.UserId())
        {
            throttle.LoginFailed(name, address);
            return TypedResults.Problem(statusCode: 403, title: "Wrong password", detail: "The current password is wrong.");
        }
        var changed = await users.ChangePasswordAsync(user, body.NewPassword, cancellationToken);
        if (changed is null) return Unauthorized();
        sessions.Revoked(changed.Id, changed.TokenVersion, users.EffectiveRole(changed));
        return TypedResults.Ok(IssueSession(http, tokens, users, changed));
    }

    private static LoginResponse IssueSession(HttpContext http, TokenService tokens, UserStore users, UserRecord user)
    {
        var role = users.EffectiveRole(user);
        var (token, expires) = tokens.Issue(user.Id, user.Username, role, user.TokenVersion);
        TokenService.SetCookie(http, token, expires);
        return new LoginResponse(token, user.Username, role, expires);
    }

    private static ProblemHttpResult Unauthorized() =>
        TypedResults.Problem(statusCode: 401, title: "Invalid credentials", detail: "The username or password is wrong.");

    private static ProblemHttpResult TooMany(HttpContext http, TimeSpan wait, string detail)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return TypedResults.Problem(statusCode: 429, title: "Too many attempts", detail: $"{detail} Retry after {seconds} s.");
    }
}
