using Dapper;

namespace MlJudge.Server.Database;

/// <summary>
/// How rows map to records, set once per process. Text columns holding a closed vocabulary (status, kind,
/// verdict) read straight into their enums — Dapper parses names case-insensitively — and are written
/// with <see cref="SqlText"/>, so the enum is the only list of names on the C# side.
/// </summary>
public static class DapperMapping
{
    public static void Configure() => DefaultTypeMap.MatchNamesWithUnderscores = true;
}

public static class SqlText
{
    /// <summary>The text stored for an enum value: its name, lower-cased for the lower-case vocabularies (submission kind).</summary>
    public static string ToSql<T>(this T value) where T : struct, Enum =>
        typeof(T) == typeof(Submissions.SubmissionKind) ? value.ToString().ToLowerInvariant() : value.ToString();
}
