namespace MlJudge.Engine.Compilation;

/// <summary>
/// Cheap checks before Roslyn sees the source, run in the judge and again in the compile host. Roslyn
/// recurses per nesting level (and dies with an uncatchable stack overflow around 20 000 nested
/// parentheses), binds nested lambdas once per overload candidate (exponential), and spends seconds on
/// statement chains and expressions far beyond what any exercise needs. Every bound is on real tokens
/// (<see cref="SourceTokens"/>): brackets in comments, strings and `=&gt;` neither hide nor fake nesting.
/// </summary>
public static class SourceScreen
{
    public const int MaxSourceBytes = 64 * 1024;
    public const int MaxNesting = 128;
    public const int MaxLineLength = 4000;
    public const int MaxLambdaNesting = 8;
    public const int MaxStatementChain = 32;
    public const int MaxGenericNesting = 16;
    public const int MaxOperatorsPerExpression = 1000;

    public static string? Check(string source)
    {
        var bytes = System.Text.Encoding.UTF8.GetByteCount(source);
        if (bytes > MaxSourceBytes) return $"source is {bytes} bytes; the limit is {MaxSourceBytes} bytes (64 KiB)";
        if (source.Contains('\0')) return "source contains a NUL character";
        if (SourceTokens.Screen(source) is { } shape) return shape;
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i <= source.Length; i++)
        {
            if (i < source.Length && source[i] != '\n') continue;
            if (i - lineStart > MaxLineLength) return $"line {line} is {i - lineStart} characters long; the limit is {MaxLineLength}";
            line++;
            lineStart = i + 1;
        }
        return null;
    }
}
