using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MlJudge.Server.Auth;

public sealed record Credentials(string? Username, string? Password);

public sealed record LoginResponse(string Token, string Username, string Role, DateTimeOffset ExpiresAt);

public sealed record UserResponse(string Username, string Role);

public static partial class AuthEndpoints
{
    [GeneratedRegex("^[A-Za-z0-9_.-]{3,32}$")]
    private static partial Regex UsernamePattern();

    public static RouteGroupBuilder MapAuth(this RouteGroupBuilder group)
    {
        group.MapPost("/register", RegisterAsync);
        group.MapPost("/login", LoginAsync);
        group.MapPost("/logout", (HttpContext http) =>
        {
            http.Response.Cookies.Delete(TokenService.CookieName);
            return TypedResults.NoContent();
        });
        group.MapGet("/me", (System.Security.Claims.ClaimsPrincipal user) =>
            TypedResults.Ok(new UserResponse(user.Identity!.Name!, user.IsInstructor() ? Roles.Instructor : Roles.Student))).RequireAuthorization();
        return group;
    }

    private static async Task<Results<Created<UserResponse>, ValidationProblem, ProblemHttpResult>> RegisterAsync(
        Credentials body, UserStore users, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (body.Username is null || !UsernamePattern().IsMatch(body.Username))
            errors["username"] = ["must be 3-32 characters of letters, digits, '_', '.' or '-'"];
        if (body.Password is null || body.Password.Length is < 8 or > 128)
            errors["password"] = ["must be 8-128 characters"];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        var user = await users.CreateAsync(body.Username!, body.Password!, cancellationToken);
        if (user is null) return TypedResults.Problem(statusCode: 409, title: "Username taken", detail: $"'{body.Username}' is already registered.");
        return TypedResults.Created("/api/auth/me", new UserResponse(user.Username, user.Role));
    }

    private static async Task<Results<Ok<LoginResponse>, ProblemHttpResult>> LoginAsync(
        Credentials body, UserStore users, TokenService tokens, HttpContext http, CancellationToken cancellationToken)
    {
        var user = body.Username is null || body.Password is null || body.Username.Length > 64 || body.Password.Length > 256
            ? null
            : await users.VerifyAsync(body.Username, body.Password, cancellationToken);
        if (user is null) return TypedResults.Problem(statusCode: 401, title: "Invalid credentials", detail: "The username or password is wrong.");
        var (token, expires) = tokens.Issue(user);
        http.Response.Cookies.Append(TokenService.CookieName, token, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = http.Request.IsHttps,
            Expires = expires,
        });
        return TypedResults.Ok(new LoginResponse(token, user.Username, user.Role, expires));
    }
}
