namespace MlJudge.Engine.Compilation;

/// <summary>
/// Cheap checks before Roslyn sees the source: Roslyn's parser recurses per nesting level and dies with an
/// uncatchable stack overflow around 20 000 nested parentheses.
/// </summary>
public static class SourceScreen
{
    public const int MaxSourceBytes = 64 * 1024;
    public const int MaxNesting = 256;

    public static string? Check(string source)
    {
        var bytes = System.Text.Encoding.UTF8.GetByteCount(source);
        if (bytes > MaxSourceBytes) return $"source is {bytes} bytes; the limit is {MaxSourceBytes} bytes (64 KiB)";
        if (source.Contains('\0')) return "source contains a NUL character";
        var depth = 0;
        var line = 1;
        foreach (var c in source)
        {
            switch (c)
            {
                case '\n': line++; break;
                case '(' or '[' or '{' or '<':
                    if (++depth > MaxNesting) return $"brackets nest deeper than {MaxNesting} levels (line {line})";
                    break;
                case ')' or ']' or '}' or '>':
                    depth = Math.Max(0, depth - 1);
                    break;
            }
        }
        return null;
    }
}
