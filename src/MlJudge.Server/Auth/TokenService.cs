using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace MlJudge.Server.Auth;

/// <summary>Issues and validates the HMAC-signed bearer tokens (also carried in the browser's cookie).</summary>
public sealed class TokenService
{
    public const string CookieName = "mljudge_auth";
    public const string UserIdClaim = "uid";
    public const string VersionClaim = "ver";

    public TokenService(Microsoft.Extensions.Options.IOptions<MlJudgeOptions> options)
    {
        Lifetime = TimeSpan.FromMinutes(options.Value.TokenLifetimeMinutes);
        Key = new SymmetricSecurityKey(LoadOrCreateKey(options.Value));
    }

    public SymmetricSecurityKey Key { get; }

    /// <summary>How long a token lives; a request in its second half gets a fresh one (sliding renewal).</summary>
    public TimeSpan Lifetime { get; }

    public TokenValidationParameters ValidationParameters => new()
    {
        ValidateIssuer = true,
        ValidIssuer = "mljudge",
        ValidateAudience = true,
        ValidAudience = "mljudge",
        ValidateLifetime = true,
        ClockSkew = TimeSpan.FromSeconds(30),
        IssuerSigningKey = Key,
        ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        NameClaimType = ClaimTypes.Name,
        RoleClaimType = ClaimTypes.Role,
    };

    /// <summary>A token for the user at their current token version; <paramref name="role"/> is the effective role.</summary>
    public (string Token, DateTimeOffset ExpiresAt) Issue(long userId, string username, string role, int tokenVersion)
    {
        var expires = DateTimeOffset.UtcNow.Add(Lifetime);
        var token = new JwtSecurityToken("mljudge", "mljudge",
            [new Claim(ClaimTypes.Name, username), new Claim(ClaimTypes.Role, role), new Claim(UserIdClaim, userId.ToString()),
             new Claim(VersionClaim, tokenVersion.ToString(System.Globalization.CultureInfo.InvariantCulture))],
            expires: expires.UtcDateTime,
            signingCredentials: new SigningCredentials(Key, SecurityAlgorithms.HmacSha256));
        return (new JwtSecurityTokenHandler().WriteToken(token), expires);
    }

    /// <summary>Puts the token in the browser's HttpOnly cookie (SameSite=Strict: never sent by another site's request).</summary>
    public static void SetCookie(HttpContext http, string token, DateTimeOffset expires) =>
        http.Response.Cookies.Append(CookieName, token, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = http.Request.IsHttps,
            Expires = expires,
            Path = "/",
        });

    private static byte[] LoadOrCreateKey(MlJudgeOptions options)
    {
        if (!string.IsNullOrEmpty(options.SigningKey)) return SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(options.SigningKey));
        var dataPath = Hosting.RepositoryPaths.DataPath(options);
        Directory.CreateDirectory(dataPath);
        var file = Path.Combine(dataPath, "signing.key");
        if (File.Exists(file)) return Convert.FromBase64String(File.ReadAllText(file).Trim());
        var key = RandomNumberGenerator.GetBytes(32);
        File.WriteAllText(file, Convert.ToBase64String(key));
        File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return key;
    }
}

public static class ClaimsPrincipalExtensions
{
    public static long UserId(this ClaimsPrincipal user) => long.Parse(user.FindFirstValue(TokenService.UserIdClaim)!);

    public static bool IsInstructor(this ClaimsPrincipal user) => user.IsInRole(Roles.Instructor);
}
