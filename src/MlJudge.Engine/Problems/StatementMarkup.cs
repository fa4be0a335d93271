using System.Text.RegularExpressions;

namespace MlJudge.Engine.Problems;

/// <summary>How many formulas and code blocks a statement holds.</summary>
public sealed record MarkupCounts(int InlineMath, int DisplayMath, int CodeBlocks)
{
    public override string ToString() => $"{InlineMath} inline formulas ($...$), {DisplayMath} display formulas ($$...$$), {CodeBlocks} code blocks";
}

/// <summary>
/// Counts a Markdown statement's formulas and fenced code blocks, so that a translation can be held to the same
/// formulas and examples as the English statement: a dropped or merged formula changes a count.
/// </summary>
public static partial class StatementMarkup
{
    // A fence opens with three or more backticks or tildes; it closes with the same character.
    [GeneratedRegex(@"^\s{0,3}(`{3,}|~{3,})")]
    private static partial Regex Fence();

    // Inline code may hold dollar signs (C# interpolation, shell) that are not math.
    [GeneratedRegex(@"(`+)[\s\S]*?\1")]
    private static partial Regex InlineCode();

    [GeneratedRegex(@"\$\$[\s\S]+?\$\$")]
    private static partial Regex DisplayMath();

    [GeneratedRegex(@"\$(?:[^$\\\n]|\\.)+?\$")]
    private static partial Regex InlineMath();

    public static MarkupCounts Count(string markdown)
    {
        var prose = new List<string>();
        var blocks = 0;
        char? open = null;
        foreach (var line in markdown.ReplaceLineEndings("\n").Split('\n'))
        {
            var fence = Fence().Match(line);
            if (fence.Success && (open is null || fence.Groups[1].Value[0] == open))
            {
                if (open is null) blocks++;
                open = open is null ? fence.Groups[1].Value[0] : null;
                continue;
            }
            if (open is null) prose.Add(line);
        }
        var text = InlineCode().Replace(string.Join("\n", prose), " ").Replace(@"\$", " ");
        var display = DisplayMath().Count(text);
        text = DisplayMath().Replace(text, " ");
        return new MarkupCounts(InlineMath().Count(text), display, blocks);
    }

    // Translations are held to the English statement's formulas and examples: a formula dropped, merged or added
    // in translation changes a count.
    public static IEnumerable<ProblemError> CheckTranslation(Problem problem)
    {
        if (problem.StatementZh is null)
        {
            yield return new ProblemError(problem.Id, ProblemLoader.StatementZhFile, null, "file is missing (the Chinese statement is required)");
            yield break;
        }
        var english = StatementMarkup.Count(problem.Statement);
        var chinese = StatementMarkup.Count(problem.StatementZh);
        if (english != chinese)
            yield return new ProblemError(problem.Id, ProblemLoader.StatementZhFile, null,
                $"has {chinese}; {ProblemLoader.StatementFile} has {english}");
    }
}
