using MlJudge.Engine.Compilation;

namespace MlJudge.Engine.Tests.Compilation;

/// <summary>The token screen: bounds on real tokens, blind to the same characters in comments and literals.</summary>
public class SourceScreenTests
{
    private static string Nest(string open, string close, int depth) =>
        "double[] F(double[] x) { var a = " + string.Concat(Enumerable.Repeat(open, depth)) + "1" + string.Concat(Enumerable.Repeat(close, depth)) + "; return x; }";

    [Fact]
    public void Parentheses_hidden_behind_comment_angle_brackets_are_still_counted()
    {
        Assert.Contains("nest deeper", SourceScreen.Check(Nest("(/*>*/", ")", 8_500)));
        Assert.Contains("nest deeper", SourceScreen.Check("// " + new string('>', 20_000) + "\n" + Nest("(", ")", 300)));
    }

    [Fact]
    public void Brackets_in_comments_strings_and_character_literals_are_not_nesting()
    {
        var opens = new string('(', 1_000);
        Assert.Null(SourceScreen.Check($"// {opens}\n/* {opens} */\nstring S() => \"{opens}\" + @\"{opens}\" + \"\"\"\n{opens}\n\"\"\" + '(' + '\\'';\n"));
    }

    [Fact]
    public void Interpolation_holes_are_code_and_their_literal_text_is_not()
    {
        Assert.Null(SourceScreen.Check($"string S(int v) => $\"{new string('(', 500)} {{v}} {{(v + 1) * 2:F2}} {{$\"inner {{v}}\"}}\";"));
        Assert.Contains("nest deeper", SourceScreen.Check("string S(int v) => $\"{" + new string('(', 300) + "v" + new string(')', 300) + "}\";"));
        Assert.Contains("nest deeper", SourceScreen.Check("string S(int v) => $$\"\"\"{{" + new string('[', 300) + "\"\"\";"));
    }

    [Fact]
    public void Code_the_compiler_sees_cannot_hide_in_what_only_looks_like_a_comment_or_literal()
    {
        var deep = new string('(', 300) + "1" + new string(')', 300);
        // The lexer ends a // comment at any line terminator, not only '\n'.
        Assert.Contains("nest deeper", SourceScreen.Check("int G() => // note\u2028" + deep + ";"));
        // A regular interpolated string's text ends at a line break; what follows is code.
        Assert.Contains("nest deeper", SourceScreen.Check("string G(int v) => $\"open\nint H() => " + deep + ";"));
        // A format clause ends at its hole's '}' and cannot open a character literal that swallows the line.
        Assert.Contains("nest deeper", SourceScreen.Check("string G(int v) => $\"{v:'}\" + " + deep + ";"));
        Assert.Null(SourceScreen.Check("string G(double v) => $\"{v:0.00} {v,8:F3} {(v > 0 ? 1 : 2)}\";"));
    }

    [Fact]
    public void Ordinary_lambdas_generics_comparisons_and_long_literal_tables_pass()
    {
        var table = string.Join(",\n", Enumerable.Range(0, 3_000).Chunk(20).Select(row => string.Join(", ", row.Select(i => $"{i}.5"))));
        Assert.Null(SourceScreen.Check($$"""
            static readonly double[] Table = { {{table}} };
            Dictionary<int, List<(int A, double B)>> Group(double[] x) =>
                x.Select((v, i) => (A: i % 3, B: v)).Where(p => p.B > 0 && p.A < 2 && p.B >= 0.5)
                 .GroupBy(p => p.A).ToDictionary(g => g.Key, g => g.Select(p => (p.A, p.B)).ToList());
            int Clamp(int v) => v switch { < 0 => 0, > 10 => 10, _ => v };
            void Loop(int n) { for (var i = 0; i < n; i++) { if (i < 2) continue; else if (i > 5) break; } }
            int Sign(int v) { if (v < 0) return -1; else if (v > 0) return 1; else return 0; }
            int Many(int v) { if (v == 1) { v++; } else { v--; } if (v == 2) v++; else v--; return v; }
            """));
    }

    [Fact]
    public void Statement_chains_without_braces_lambdas_and_operator_runs_are_bounded()
    {
        Assert.Contains("statements are nested", SourceScreen.Check("void G(bool b) { " + string.Concat(Enumerable.Repeat("if(b)", 1_000)) + "b = !b; }"));
        Assert.Contains("lambdas nest deeper", SourceScreen.Check("object G() => " + string.Concat(Enumerable.Repeat("(a=>", 20)) + "0" + new string(')', 20) + ";"));
        Assert.Contains("operators", SourceScreen.Check("double G(double v) => v" + string.Concat(Enumerable.Repeat("\n+v", 2_000)) + ";"));
        Assert.Contains("generic type arguments", SourceScreen.Check("object G() => new " + string.Concat(Enumerable.Repeat("List<", 100)) + "int" + new string('>', 100) + "();"));
        Assert.Contains("operators", SourceScreen.Check("double G(double v) => v" + string.Concat(Enumerable.Repeat("+v", 3_000)) + ";"));
        Assert.Contains("if-else chain", SourceScreen.Check("int G(int k)\n{\n" + string.Concat(Enumerable.Range(0, 100).Select(i => $"    if (k == {i}) return {i}; else\n")) + "    return -1;\n}"));
        Assert.Contains("interpolated strings nest", SourceScreen.Check("string G(int v) => " + string.Concat(Enumerable.Repeat("$\"{", 10)) + "v" + string.Concat(Enumerable.Repeat("}\"", 10)) + ";"));
        Assert.Contains("characters long", SourceScreen.Check("int[] A = { " + string.Join(",", Enumerable.Repeat("1", 3_000)) + " };"));
    }
}
