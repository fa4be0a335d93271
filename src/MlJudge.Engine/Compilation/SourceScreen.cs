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
    public const int MaxLineLength = 4000;

    /// <summary>Each a generous multiple of the most any accepted solution of the catalog uses (`mljudge bench-compile` prints both).</summary>
    public static readonly SourceLimits Limits = new(Nesting: 128, Lambdas: 8, StatementChain: 32, Generics: 16, Operators: 1000, Interpolations: 4, ElseChain: 64);

    public static string? Check(string source) => Check(source, new SourceShape());

    /// <summary>Screens the source and records in <paramref name="shape"/> the most of each bounded thing it uses.</summary>
    public static string? Check(string source, SourceShape shape)
    {
        var bytes = System.Text.Encoding.UTF8.GetByteCount(source);
        if (bytes > MaxSourceBytes) return $"source is {bytes} bytes; the limit is {MaxSourceBytes} bytes (64 KiB)";
        if (source.Contains('\0')) return "source contains a NUL character";
        if (SourceTokens.Screen(source, Limits, shape) is { } refusal) return refusal;
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i <= source.Length; i++)
        {
            if (i < source.Length && source[i] != '\n') continue;
            shape.LineLength = Math.Max(shape.LineLength, i - lineStart);
            if (i - lineStart > MaxLineLength) return $"line {line} is {i - lineStart} characters long; the limit is {MaxLineLength}";
            line++;
            lineStart = i + 1;
        }
        return null;
    }
}

/// <summary>Bounds on the shape of a submission's tokens (see <see cref="SourceTokens"/>).</summary>
public sealed record SourceLimits(int Nesting, int Lambdas, int StatementChain, int Generics, int Operators, int Interpolations, int ElseChain);

/// <summary>The most of each bounded thing a source uses, as far as the screen read it.</summary>
public sealed class SourceShape
{
    // Fields, not properties: the tokenizer raises them in place (by ref) at each count it checks.
    public int Nesting;
    public int Lambdas;
    public int StatementChain;
    public int Generics;
    public int Operators;
    public int Interpolations;
    public int ElseChain;
    public int LineLength;

    public void Include(SourceShape other)
    {
        Nesting = Math.Max(Nesting, other.Nesting);
        Lambdas = Math.Max(Lambdas, other.Lambdas);
        StatementChain = Math.Max(StatementChain, other.StatementChain);
        Generics = Math.Max(Generics, other.Generics);
        Operators = Math.Max(Operators, other.Operators);
        Interpolations = Math.Max(Interpolations, other.Interpolations);
        ElseChain = Math.Max(ElseChain, other.ElseChain);
        LineLength = Math.Max(LineLength, other.LineLength);
    }

    public override string ToString() =>
        $"nesting {Nesting}, lambdas {Lambdas}, statement chain {StatementChain}, generics {Generics}, operators {Operators}, interpolations {Interpolations}, else chain {ElseChain}, line {LineLength}";
}
