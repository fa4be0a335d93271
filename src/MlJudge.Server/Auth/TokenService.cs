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
    private readonly TimeSpan _lifetime;

    public TokenService(Microsoft.Extensions.Options.IOptions<MlJudgeOptions> options)
    {
        _lifetime = TimeSpan.FromHours(options.Value.TokenLifetimeHours);
        Key = new SymmetricSecurityKey(LoadOrCreateKey(options.Value));
    }

    public SymmetricSecurityKey Key { get; }

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

    public (string Token, DateTimeOffset ExpiresAt) Issue(UserRecord user)
    {
        var expires = DateTimeOffset.UtcNow.Add(_lifetime);
        var token = new JwtSecurityToken("mljudge", "mljudge",
            [new Claim(ClaimTypes.Name, user.Username), new Claim(ClaimTypes.Role, user.Role), new Claim(UserIdClaim, user.Id.ToString())],
            expires: expires.UtcDateTime,
            signingCredentials: new SigningCredentials(Key, SecurityAlgorithms.HmacSha256));
        return (new JwtSecurityTokenHandler().WriteToken(token), expires);
    }

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
