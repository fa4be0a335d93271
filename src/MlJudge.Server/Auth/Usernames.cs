using System.Text.RegularExpressions;

namespace MlJudge.Server.Auth;

/// <summary>
/// The one definition of a valid username and of the forms it is compared in. Names are ASCII letters, digits,
/// '_', '.' and '-' only, so no other script's look-alike can be registered; within ASCII, case and the
/// classic confusables (I/l/1, O/0) are folded into a skeleton that must be unique too.
/// </summary>
public static partial class Usernames
{
    public const int MinLength = 3;
    public const int MaxLength = 32;
    public const string Rule = "must be 3-32 characters of letters, digits, '_', '.' or '-'";

    // \A and \z: '$' would also match before a final newline ("race1\n").
    [GeneratedRegex(@"\A[A-Za-z0-9_.-]{3,32}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    public static bool IsValid(string? name) => name is not null && Pattern().IsMatch(name);

    /// <summary>The lookup form: ASCII lower case (valid names are ASCII, so no culture or Unicode folding is involved).</summary>
    public static string Normalize(string name) => name.ToLowerInvariant();

    /// <summary>The uniqueness form: the normalized name with 1/i/l and 0/o folded; matches migration 0002's translate().</summary>
    public static string Skeleton(string name) => string.Create(name.Length, name, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
            span[i] = char.ToLowerInvariant(source[i]) switch { '1' or 'i' => 'l', '0' => 'o', var c => c };
    });
}
