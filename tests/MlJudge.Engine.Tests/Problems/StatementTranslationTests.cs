using MlJudge.Engine.Problems;
using MlJudge.Engine.Tests.Support;

namespace MlJudge.Engine.Tests.Problems;

/// <summary>statement.zh.md: loaded next to statement.md, and held to its formulas and code blocks.</summary>
public class StatementTranslationTests
{
    [Fact]
    public void Formulas_and_fenced_code_blocks_are_counted_but_dollars_in_code_are_not()
    {
        var counts = StatementMarkup.Count("""
            Inline $a + b$ and $\frac{1}{2}$, a price of \$5, code `var s = $"{x}";`.

            $$
            y = \sum_i x_i
            $$

            ```csharp
            var t = $"{a}$";
            ```

            ~~~
            plain $not math$
            ~~~
            """);
        Assert.Equal(new MarkupCounts(InlineMath: 2, DisplayMath: 1, CodeBlocks: 2), counts);
    }

    [Fact]
    public void The_chinese_statement_is_loaded_and_is_optional_to_load()
    {
        using var folder = new ProblemFolderBuilder();
        Assert.Equal("返回每个元素的两倍。", ProblemLoader.Load(folder.Folder).StatementZh);
        folder.Delete("statement.zh.md");
        Assert.Null(ProblemLoader.Load(folder.Folder).StatementZh);
    }

    [Fact]
    public void A_missing_chinese_statement_fails_validation()
    {
        using var folder = new ProblemFolderBuilder();
        Assert.Empty(StatementMarkup.CheckTranslation(ProblemLoader.Load(folder.Folder)));
        folder.Delete("statement.zh.md");
        var error = Assert.Single(StatementMarkup.CheckTranslation(ProblemLoader.Load(folder.Folder)));
        Assert.Equal("statement.zh.md", error.File);
        Assert.Contains("missing", error.Message);
    }

    [Fact]
    public void A_translation_with_a_formula_or_code_block_more_or_less_fails_validation()
    {
        using var folder = new ProblemFolderBuilder();
        folder.Write("statement.md", "Return $2x$ for every $x$.\n\n```\n[1] -> [2]\n```\n");
        folder.Write("statement.zh.md", "对每个 $x$ 返回 $2x$。\n\n```\n[1] -> [2]\n```\n");
        Assert.Empty(StatementMarkup.CheckTranslation(ProblemLoader.Load(folder.Folder)));

        folder.Write("statement.zh.md", "对每个 x 返回 $2x$。\n\n```\n[1] -> [2]\n```\n");
        var error = Assert.Single(StatementMarkup.CheckTranslation(ProblemLoader.Load(folder.Folder)));
        Assert.Contains("1 inline formulas", error.Message);
        Assert.Contains("statement.md has 2 inline formulas", error.Message);

        folder.Write("statement.zh.md", "对每个 $x$ 返回 $2x$。\n");
        Assert.Contains("0 code blocks", Assert.Single(StatementMarkup.CheckTranslation(ProblemLoader.Load(folder.Folder))).Message);
    }
}
