namespace MlJudge.Engine.Problems;

/// <summary>What a problem's generator.cs yields: arguments in entry-point parameter order.</summary>
public sealed record GeneratedTest(string Name, bool IsSample, object?[] Args)
{
    public static GeneratedTest Sample(string name, params object?[] args) => new(name, true, args);

    public static GeneratedTest Hidden(string name, params object?[] args) => new(name, false, args);
}
