using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;

namespace MlJudge.Server.Auth;

/// <summary>
/// Checks every authenticated request's token against the user's current token version (bumped by logout,
/// password change and role change) and replaces the token's role with the current one. Versions are cached
/// for a few seconds per user; a revocation made through this server updates the cache at once, so on this
/// server it is immediate and on others it takes at most <see cref="MlJudgeOptions.SessionCacheSeconds"/>.
/// </summary>
public sealed class SessionValidator(UserStore users, TokenService tokens, IOptions<MlJudgeOptions> options, TimeProvider time)
{
    private sealed record Entry(int Version, string Role, DateTimeOffset LoadedAt);

    private readonly ConcurrentDictionary<long, Entry> _cache = new();

    public async Task ValidateAsync(TokenValidatedContext context)
    {
        var principal = context.Principal!;
        if (!long.TryParse(principal.FindFirstValue(TokenService.UserIdClaim), NumberStyles.None, CultureInfo.InvariantCulture, out var userId)
            || !int.TryParse(principal.FindFirstValue(TokenService.VersionClaim), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            context.Fail("token without a user or version");
            return;
        }
        var current = await CurrentAsync(userId, context.HttpContext.RequestAborted);
        if (current is null || current.Version != version)
        {
            context.Fail("token revoked");
            return;
        }
        var identity = (ClaimsIdentity)principal.Identity!;
        foreach (var role in identity.FindAll(ClaimTypes.Role).ToList()) identity.RemoveClaim(role);
        identity.AddClaim(new Claim(ClaimTypes.Role, current.Role));
        RenewIfOld(context, userId, principal.Identity!.Name!, current);
    }

    /// <summary>Whether the principal's token is still the user's current one (for long-lived connections such as the hub's).</summary>
    public async Task<bool> IsCurrentAsync(ClaimsPrincipal principal, CancellationToken cancellationToken) =>
        long.TryParse(principal.FindFirstValue(TokenService.UserIdClaim), NumberStyles.None, CultureInfo.InvariantCulture, out var userId)
        && int.TryParse(principal.FindFirstValue(TokenService.VersionClaim), NumberStyles.None, CultureInfo.InvariantCulture, out var version)
        && await CurrentAsync(userId, cancellationToken) is { } current && current.Version == version;

    /// <summary>Records a revocation made through this server so it applies to the next request here, not after the cache expires.</summary>
    public void Revoked(long userId, int newVersion, string role) => _cache[userId] = new Entry(newVersion, role, time.GetUtcNow());

    private async Task<Entry?> CurrentAsync(long userId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_cache.TryGetValue(userId, out var cached) && now - cached.LoadedAt < TimeSpan.FromSeconds(options.Value.SessionCacheSeconds)) return cached;
        var user = await users.GetAsync(userId, cancellationToken);
        if (user is null)
        {
            _cache.TryRemove(userId, out _);
            return null;
        }
        return _cache[userId] = new Entry(user.TokenVersion, users.EffectiveRole(user), now);
    }

    // Sliding renewal: a browser session that is used keeps going; an idle one ends after the token lifetime.
    private void RenewIfOld(TokenValidatedContext context, long userId, string username, Entry current)
    {
        var http = context.HttpContext;
        if (context.SecurityToken.ValidTo - time.GetUtcNow().UtcDateTime > tokens.Lifetime / 2) return;
        if (!http.Request.Cookies.ContainsKey(TokenService.CookieName) || http.Request.Path.StartsWithSegments(Hubs.JudgeHub.Path)) return;
        var (token, expires) = tokens.Issue(userId, username, current.Role, current.Version);
        http.Response.OnStarting(() =>
        {
            // Logout, login and password change set (or delete) the cookie themselves; theirs wins.
            if (http.Response.Headers.SetCookie.Any(c => c?.StartsWith(TokenService.CookieName + "=", StringComparison.Ordinal) == true)) return Task.CompletedTask;
            TokenService.SetCookie(http, token, expires);
            return Task.CompletedTask;
        });
    }
}
