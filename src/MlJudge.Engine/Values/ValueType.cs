namespace MlJudge.Engine.Values;

/// <summary>A signature type: a scalar (int, long, double, bool, string) wrapped in 0–3 array ranks.</summary>
public sealed record ValueType(string Scalar, int Rank)
{
    public static readonly IReadOnlySet<string> Scalars = new HashSet<string> { "int", "long", "double", "bool", "string" };

    public const int MaxRank = 3;

    public static bool TryParse(string text, out ValueType type)
    {
        type = new ValueType("", 0);
        var trimmed = text.Replace(" ", "");
        var rank = 0;
        while (trimmed.EndsWith("[]", StringComparison.Ordinal))
        {
            trimmed = trimmed[..^2];
            rank++;
        }
        if (!Scalars.Contains(trimmed) || rank > MaxRank) return false;
        type = new ValueType(trimmed, rank);
        return true;
    }

    public bool IsNumeric => Scalar is "int" or "long" or "double";

    public override string ToString() => Scalar + string.Concat(Enumerable.Repeat("[]", Rank));
}
