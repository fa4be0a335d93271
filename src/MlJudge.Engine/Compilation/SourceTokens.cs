namespace MlJudge.Engine.Compilation;

/// <summary>
/// A small iterative C# tokenizer, just precise enough to tell real brackets, lambda arrows, control
/// keywords and operators from the same characters inside comments, strings, character literals and
/// interpolated strings (whose holes are code again, to any depth). Iterative on purpose: it runs in the
/// judge process on untrusted source, where a recursive lexer could itself overflow the stack.
/// </summary>
internal static class SourceTokens
{
    private static readonly HashSet<string> StatementKeywords =
        ["if", "else", "for", "foreach", "while", "do", "using", "lock", "fixed", "checked", "unchecked", "unsafe"];

    private enum Mode { Code, RegularInterpolation, VerbatimInterpolation, RawInterpolation }

    // One open bracket (or interpolation hole): the lambdas, control keywords and operators seen in it
    // since its current statement or argument began.
    private sealed class Frame
    {
        public int Lambdas { get; set; }
        public int Statements { get; set; }
        public int Operators { get; set; }
        public int Angles { get; set; }
        public int ElseChain { get; set; }
        public bool StatementEnded { get; set; }
        public bool IsHole { get; init; }
    }

    // An interpolated string being read; its literal text is read while exactly FrameCount frames are open
    // (a hole opens one more frame, so its contents are code again).
    private sealed record StringState(Mode Mode, int Dollars, int Quotes, int FrameCount = 0);

    public static string? Screen(string s, SourceLimits limits, SourceShape shape)
    {
        var frames = new List<Frame> { new() };
        var strings = new Stack<StringState>();
        var lambdas = 0;
        var line = 1;
        var i = 0;
        while (i < s.Length)
        {
            if (strings.Count > 0 && strings.Peek().FrameCount == frames.Count)
            {
                // Inside the literal part of an interpolated string: find its end or the next hole.
                var state = strings.Peek();
                var next = ScanInterpolatedText(s, i, state, ref line, out var opensHole);
                i = next;
                if (opensHole)
                {
                    frames.Add(new Frame { IsHole = true });
                    if (Over(ref shape.Nesting, frames.Count - 1, limits.Nesting)) return Nesting(line, limits);
                }
                else strings.Pop();
                continue;
            }

            var c = s[i];
            if (c == '\n') { line++; i++; continue; }
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (c == '/' && At(s, i + 1) == '/') { while (i < s.Length && !IsLineBreak(s[i])) i++; continue; }
            if (c == '/' && At(s, i + 1) == '*')
            {
                var end = s.IndexOf("*/", i + 2, StringComparison.Ordinal);
                var stop = end < 0 ? s.Length : end + 2;
                line += Count(s, i, stop, '\n');
                i = stop;
                continue;
            }
            // A statement just ended in this frame: an `else` continues its if-else ladder, anything else ends it.
            if (frames[^1].StatementEnded)
            {
                frames[^1].StatementEnded = false;
                if (!IsWord(s, i, "else")) frames[^1].ElseChain = 0;
            }
            if (c == '\'') { i = SkipQuoted(s, i + 1, '\'', ref line); continue; }
            if (c == '"' || c == '@' && At(s, i + 1) == '"' || c == '$' || c == '@' && At(s, i + 1) == '$')
            {
                var (next, interpolated) = StartString(s, i, ref line);
                if (interpolated is not null)
                {
                    // Roslyn's lexer rescans a nested interpolated string once per enclosing one: cost grows exponentially.
                    strings.Push(interpolated with { FrameCount = frames.Count });
                    if (Over(ref shape.Interpolations, strings.Count, limits.Interpolations))
                        return $"interpolated strings nest deeper than {limits.Interpolations} levels (line {line})";
                }
                i = next;
                continue;
            }
            if (char.IsLetter(c) || c == '_' || c == '@')
            {
                var start = i++;
                while (i < s.Length && (char.IsLetterOrDigit(s[i]) || s[i] == '_')) i++;
                var word = s[start..i].TrimStart('@');
                if (StatementKeywords.Contains(word) && Over(ref shape.StatementChain, ++frames[^1].Statements, limits.StatementChain))
                    return $"more than {limits.StatementChain} statements are nested in one another without braces (line {line})";
                // Each `else if` nests the next if inside the else, however it is laid out.
                if (word == "else" && Over(ref shape.ElseChain, ++frames[^1].ElseChain, limits.ElseChain))
                    return $"an if-else chain has more than {limits.ElseChain} branches (line {line})";
                continue;
            }
            if (char.IsDigit(c))
            {
                while (i < s.Length && (char.IsLetterOrDigit(s[i]) || s[i] is '_' or '.' && char.IsDigit(At(s, i + 1)))) i++;
                continue;
            }
            switch (c)
            {
                case '(' or '[' or '{':
                    if (c == '{') frames[^1].Statements = 0;
                    frames.Add(new Frame());
                    if (Over(ref shape.Nesting, frames.Count - 1, limits.Nesting)) return Nesting(line, limits);
                    break;
                case ')' or ']' or '}':
                    if (frames.Count > 1)
                    {
                        var closed = frames[^1];
                        frames.RemoveAt(frames.Count - 1);
                        lambdas -= closed.Lambdas;
                        if (c == '}') frames[^1].Statements = 0;
                        if (c == '}') frames[^1].StatementEnded = true;
                        // Casts, calls and indexing chained after one another nest like operators: (T)(T)(T)x, f()()().
                        else if (Over(ref shape.Operators, ++frames[^1].Operators, limits.Operators)) return Operators(line, limits);
                    }
                    break;
                case ':' when frames[^1].IsHole && strings.Count > 0 && strings.Peek().FrameCount == frames.Count - 1:
                    // A hole's top-level ':' starts its format clause: text up to the '}' that closes the hole
                    // (a regular string's quote or line break ends the whole string, as the lexer does).
                    var regular = strings.Peek().Mode == Mode.RegularInterpolation;
                    var j = i + 1;
                    while (j < s.Length && s[j] != '}' && !(regular && (s[j] == '"' || IsLineBreak(s[j])))) j++;
                    if (j < s.Length && s[j] != '}')
                    {
                        frames.RemoveAt(frames.Count - 1);
                        strings.Pop();
                        j += s[j] == '"' ? 1 : 0;
                    }
                    i = j;
                    continue;
                case ';' or ',':
                    lambdas -= frames[^1].Lambdas;
                    frames[^1].Lambdas = 0;
                    frames[^1].Operators = 0;
                    // Generic arguments span commas (Dictionary<int, List<int>>); a statement ends them.
                    if (c == ';') frames[^1].Statements = frames[^1].Angles = 0;
                    if (c == ';') frames[^1].StatementEnded = true;
                    break;
                case '=' when At(s, i + 1) == '>':
                    frames[^1].Lambdas++;
                    if (Over(ref shape.Lambdas, ++lambdas, limits.Lambdas))
                        return $"lambdas nest deeper than {limits.Lambdas} levels (line {line})";
                    i += 2;
                    continue;
                case '<' when At(s, i + 1) is not ('<' or '='):
                    // As far as a cheap screen can tell, every lone '<' may open a generic argument list.
                    if (Over(ref shape.Generics, ++frames[^1].Angles, limits.Generics))
                        return $"generic type arguments (or '<' comparisons) nest deeper than {limits.Generics} levels in one statement (line {line})";
                    if (Over(ref shape.Operators, ++frames[^1].Operators, limits.Operators)) return Operators(line, limits);
                    break;
                case '>':
                    frames[^1].Angles = Math.Max(0, frames[^1].Angles - 1);
                    if (Over(ref shape.Operators, ++frames[^1].Operators, limits.Operators)) return Operators(line, limits);
                    break;
                case '+' or '-' or '*' or '/' or '%' or '&' or '|' or '^' or '?' or ':' or '<' or '!' or '~' or '=' or '.':
                    if (Over(ref shape.Operators, ++frames[^1].Operators, limits.Operators)) return Operators(line, limits);
                    break;
            }
            i++;
        }
        return null;
    }

    private static bool Over(ref int largest, int value, int limit)
    {
        largest = Math.Max(largest, value);
        return value > limit;
    }

    private static string Operators(int line, SourceLimits limits) =>
        $"an expression has more than {limits.Operators} operators, calls or casts in a row (line {line})";

    private static string Nesting(int line, SourceLimits limits) => $"brackets nest deeper than {limits.Nesting} levels (line {line})";

    // Every character the C# lexer ends a line at: a comment or literal that stopped only at '\n' would hide
    // code from this screen that the compiler sees.
    private static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085';

    private static bool IsWord(string s, int i, string word) =>
        string.CompareOrdinal(s, i, word, 0, word.Length) == 0 && !(char.IsLetterOrDigit(At(s, i + word.Length)) || At(s, i + word.Length) == '_');

    private static char At(string s, int i) => i < s.Length ? s[i] : '\0';

    private static int Count(string s, int from, int to, char c)
    {
        var n = 0;
        for (var k = from; k < to; k++) if (s[k] == c) n++;
        return n;
    }

    // A character literal or regular string: backslash escapes, ends at its quote or the end of the line.
    private static int SkipQuoted(string s, int i, char quote, ref int line)
    {
        while (i < s.Length && s[i] != quote && !IsLineBreak(s[i])) i += s[i] == '\\' ? 2 : 1;
        return Math.Min(s.Length, i + 1);
    }

    // At '"', '@', or '$': skips a plain string, or returns the state of an interpolated one just opened.
    private static (int Next, StringState? Interpolated) StartString(string s, int i, ref int line)
    {
        var dollars = 0;
        var verbatim = false;
        while (i < s.Length && (s[i] == '$' || s[i] == '@'))
        {
            if (s[i] == '$') dollars++; else verbatim = true;
            i++;
        }
        if (At(s, i) != '"') return (i, null); // a stray '$' or '@' (an error Roslyn will report)
        var quotes = 0;
        while (At(s, i + quotes) == '"') quotes++;
        if (quotes == 2 && !verbatim) return (i + 2, null); // "" or $"": empty
        if (quotes >= 3 && !verbatim)
        {
            i += quotes;
            if (dollars > 0) return (i, new StringState(Mode.RawInterpolation, dollars, quotes));
            // Linear on purpose: each run of quotes is measured once (a searched-for needle of thousands of
            // quotes would make a naive search quadratic).
            while (i < s.Length)
            {
                if (s[i] == '\n') line++;
                if (s[i] != '"') { i++; continue; }
                var run = Run(s, i, '"');
                i += run;
                if (run >= quotes) break;
            }
            return (i, null);
        }
        i++;
        if (dollars > 0) return (i, new StringState(verbatim ? Mode.VerbatimInterpolation : Mode.RegularInterpolation, dollars, 1));
        if (!verbatim) return (SkipQuoted(s, i, '"', ref line), null);
        while (i < s.Length)
        {
            if (s[i] == '\n') line++;
            if (s[i] == '"' && At(s, i + 1) == '"') { i += 2; continue; }
            if (s[i] == '"') return (i + 1, null);
            i++;
        }
        return (i, null);
    }

    // Reads literal text of an interpolated string from i; stops after the string's end (opensHole false)
    // or after the brace(s) opening a hole (opensHole true).
    private static int ScanInterpolatedText(string s, int i, StringState state, ref int line, out bool opensHole)
    {
        opensHole = false;
        while (i < s.Length)
        {
            var c = s[i];
            // A regular interpolated string's text cannot span lines: the lexer ends it there (holes may).
            if (state.Mode == Mode.RegularInterpolation && IsLineBreak(c)) return i;
            if (c == '\n') { line++; i++; continue; }
            switch (state.Mode)
            {
                case Mode.RegularInterpolation when c == '\\': i += 2; continue;
                case Mode.RegularInterpolation when c == '"': return i + 1;
                case Mode.VerbatimInterpolation when c == '"' && At(s, i + 1) == '"': i += 2; continue;
                case Mode.VerbatimInterpolation when c == '"': return i + 1;
                case Mode.RawInterpolation when c == '"':
                    var quotes = Run(s, i, '"');
                    if (quotes >= state.Quotes) return i + quotes;
                    i += quotes;
                    continue;
            }
            if (c == '{')
            {
                var run = Run(s, i, '{');
                var needed = state.Mode == Mode.RawInterpolation ? state.Dollars : 1;
                // Non-raw: "{{" is a literal brace. Raw: a run of at least $-count braces opens a hole.
                if (state.Mode != Mode.RawInterpolation && run >= 2) { i += 2; continue; }
                if (run >= needed) { opensHole = true; return i + run; }
                i += run;
                continue;
            }
            i++;
        }
        return i;
    }

    private static int Run(string s, int i, char c)
    {
        var n = 0;
        while (At(s, i + n) == c) n++;
        return n;
    }
}
