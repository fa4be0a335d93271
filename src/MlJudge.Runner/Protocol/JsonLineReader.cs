using System.Globalization;
using System.Text;

namespace MlJudge.Runner.Protocol;

internal enum JsonToken { None, StartObject, EndObject, StartArray, EndArray, PropertyName, String, Number, True, False, Null }

/// <summary>
/// The runner's reader for the judge's requests, a forward-only tokenizer over one line (see <see cref="JsonLineWriter"/>
/// for why not System.Text.Json). It reads text the judge wrote with that writer or with System.Text.Json, so it only
/// has to be correct on valid JSON; anything else is a <see cref="FormatException"/>, which ends the runner.
/// Numbers parse with the runtime's correctly rounded parser, so a double reads back to the very bits it was written from.
/// </summary>
internal ref struct JsonLineReader(ReadOnlySpan<char> line)
{
    private readonly ReadOnlySpan<char> _line = line;
    private int _position;
    private ReadOnlySpan<char> _raw;
    private bool _escaped;

    public JsonToken Token { get; private set; }

    public bool Read()
    {
        while (_position < _line.Length && _line[_position] is ' ' or '\t' or '\r' or '\n' or ',' or ':') _position++;
        if (_position == _line.Length)
        {
            Token = JsonToken.None;
            return false;
        }
        var c = _line[_position];
        switch (c)
        {
            case '{': Single(JsonToken.StartObject); break;
            case '}': Single(JsonToken.EndObject); break;
            case '[': Single(JsonToken.StartArray); break;
            case ']': Single(JsonToken.EndArray); break;
            case '"': ReadString(); break;
            case 't': Literal("true", JsonToken.True); break;
            case 'f': Literal("false", JsonToken.False); break;
            case 'n': Literal("null", JsonToken.Null); break;
            default: ReadNumber(); break;
        }
        return true;
    }

    /// <summary>Moves to the next token and fails unless it is <paramref name="expected"/>.</summary>
    public void Expect(JsonToken expected)
    {
        if (!Read() || Token != expected) throw new FormatException($"expected {expected}, found {Token}");
    }

    public readonly bool NameIs(string name) => Token == JsonToken.PropertyName && !_escaped && _raw.SequenceEqual(name);

    /// <summary>Past the value that starts at the current token (after a property name: past the next value).</summary>
    public void Skip()
    {
        if (Token == JsonToken.PropertyName) Read();
        if (Token is not (JsonToken.StartObject or JsonToken.StartArray)) return;
        var depth = 0;
        do
        {
            if (Token is JsonToken.StartObject or JsonToken.StartArray) depth++;
            else if (Token is JsonToken.EndObject or JsonToken.EndArray) depth--;
        } while (depth > 0 && Read());
    }

    public readonly string? GetString() => Token switch
    {
        JsonToken.Null => null,
        JsonToken.String or JsonToken.PropertyName => _escaped ? Unescape(_raw) : new string(_raw),
        _ => throw new FormatException($"expected a string, found {Token}"),
    };

    public readonly double GetDouble() => double.Parse(Number(), NumberStyles.Float, CultureInfo.InvariantCulture);
    public readonly int GetInt32() => int.Parse(Number(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
    public readonly long GetInt64() => long.Parse(Number(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    public readonly bool GetBoolean() => Token switch
    {
        JsonToken.True => true,
        JsonToken.False => false,
        _ => throw new FormatException($"expected true or false, found {Token}"),
    };

    private readonly ReadOnlySpan<char> Number() => Token == JsonToken.Number ? _raw : throw new FormatException($"expected a number, found {Token}");

    private void Single(JsonToken token)
    {
        Token = token;
        _position++;
    }

    private void Literal(string text, JsonToken token)
    {
        if (!_line[_position..].StartsWith(text, StringComparison.Ordinal)) throw new FormatException("not JSON");
        _position += text.Length;
        Token = token;
    }

    private void ReadNumber()
    {
        var start = _position;
        while (_position < _line.Length && _line[_position] is (>= '0' and <= '9') or '-' or '+' or '.' or 'e' or 'E') _position++;
        if (_position == start) throw new FormatException("not JSON");
        _raw = _line[start.._position];
        Token = JsonToken.Number;
    }

    private void ReadString()
    {
        var start = ++_position;
        _escaped = false;
        while (true)
        {
            if (_position >= _line.Length) throw new FormatException("unterminated string");
            var c = _line[_position];
            if (c == '"') break;
            if (c == '\\')
            {
                _escaped = true;
                _position++;
            }
            _position++;
        }
        _raw = _line[start.._position];
        _position++;
        var next = _position;
        while (next < _line.Length && _line[next] is ' ' or '\t' or '\r' or '\n') next++;
        Token = next < _line.Length && _line[next] == ':' ? JsonToken.PropertyName : JsonToken.String;
    }

    private static string Unescape(ReadOnlySpan<char> raw)
    {
        var text = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] != '\\')
            {
                text.Append(raw[i]);
                continue;
            }
            var kind = raw[++i];
            if (kind == 'u')
            {
                text.Append((char)int.Parse(raw.Slice(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));
                i += 4;
                continue;
            }
            text.Append(kind switch
            {
                'b' => '\b',
                'f' => '\f',
                'n' => '\n',
                'r' => '\r',
                't' => '\t',
                '"' or '\\' or '/' => kind,
                _ => throw new FormatException($"unknown escape \\{kind}"),
            });
        }
        return text.ToString();
    }
}
