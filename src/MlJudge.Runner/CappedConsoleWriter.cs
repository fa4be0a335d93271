using System.Text;

namespace MlJudge.Runner;

/// <summary>
/// Replaces Console.Out for the submission: keeps a short excerpt per test for display and ends the
/// process with the output-limit exit code once the total passes the limit (an exception could be caught).
/// </summary>
internal sealed class CappedConsoleWriter(long limitChars, Action onLimit) : TextWriter
{
    private const int ExcerptChars = 4096;
    private readonly StringBuilder _excerpt = new();
    private long _total;

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        if (++_total > limitChars) onLimit();
        if (_excerpt.Length < ExcerptChars) _excerpt.Append(value);
    }

    public override void Write(string? value)
    {
        if (value is null) return;
        _total += value.Length;
        if (_total > limitChars) onLimit();
        if (_excerpt.Length < ExcerptChars) _excerpt.Append(value.AsSpan(0, Math.Min(value.Length, ExcerptChars - _excerpt.Length)));
    }

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public string? TakeExcerpt()
    {
        if (_excerpt.Length == 0) return null;
        var text = _excerpt.ToString();
        _excerpt.Clear();
        return text;
    }
}
