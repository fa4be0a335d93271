using System.Globalization;

namespace MlJudge.Runner.Protocol;

/// <summary>
/// The protocol's JSON writer, for both sides. The runner never loads System.Text.Json: its first use cost about
/// 20 ms of CPU in every runner's start-up (assembly loads, type initialisation), more than the rest of the runner's
/// own start-up together. It writes exactly what Utf8JsonWriter writes with its defaults (the same escapes, the same
/// shortest round-trip numbers; JsonLineWriterTests compares the two byte for byte), so lengths and limits are
/// unchanged. It streams: whenever its buffer fills it goes to the output, so a huge value is never held whole.
/// </summary>
/// <param name="bufferBytes">How much is gathered before it goes to the output.</param>
internal sealed class JsonLineWriter(Stream output, int bufferBytes = 1 << 16)
{
    private const int MaxDepth = 62;
    // The longest thing written without a capacity check: one escaped surrogate pair or one formatted number.
    private const int Slack = 64;

    private readonly byte[] _buffer = new byte[bufferBytes + Slack];
    private int _length;
    private int _depth;
    private ulong _hasElement; // bit d: the container opened at depth d already holds an element
    private bool _afterName;

    /// <summary>Bytes written since the last <see cref="Flush"/> and not yet handed to the output.</summary>
    public int BytesPending => _length;

    public void WriteStartObject() => Open((byte)'{');
    public void WriteEndObject() => Close((byte)'}');
    public void WriteStartArray() => Open((byte)'[');
    public void WriteEndArray() => Close((byte)']');

    public void WritePropertyName(string name)
    {
        BeforeValue();
        WriteQuoted(name);
        Put((byte)':');
        _afterName = true;
    }

    public void WriteString(string name, string value)
    {
        WritePropertyName(name);
        WriteStringValue(value);
    }

    public void WriteNumber(string name, double value)
    {
        WritePropertyName(name);
        WriteNumberValue(value);
    }

    public void WriteNumber(string name, long value)
    {
        WritePropertyName(name);
        WriteNumberValue(value);
    }

    public void WriteBoolean(string name, bool value)
    {
        WritePropertyName(name);
        WriteBooleanValue(value);
    }

    public void WriteStringValue(string value)
    {
        BeforeValue();
        WriteQuoted(value);
    }

    /// <summary>A finite number, in its shortest round-trip form; JSON has no NaN or infinities, so callers spell those.</summary>
    public void WriteNumberValue(double value)
    {
        if (!double.IsFinite(value)) throw new ArgumentOutOfRangeException(nameof(value), "JSON numbers are finite");
        BeforeValue();
        value.TryFormat(_buffer.AsSpan(_length), out var written, default, CultureInfo.InvariantCulture);
        _length += written;
        FlushIfFull();
    }

    public void WriteNumberValue(long value)
    {
        BeforeValue();
        value.TryFormat(_buffer.AsSpan(_length), out var written, default, CultureInfo.InvariantCulture);
        _length += written;
        FlushIfFull();
    }

    public void WriteBooleanValue(bool value) => WriteLiteral(value ? "true"u8 : "false"u8);

    public void WriteNullValue() => WriteLiteral("null"u8);

    /// <summary>A value that is already JSON (the judge's test arguments, serialized once per problem).</summary>
    public void WriteRawValue(ReadOnlySpan<byte> json) => WriteLiteral(json);

    /// <summary>Hands everything written so far to the output and makes the writer ready for a new line.</summary>
    public void Flush()
    {
        if (_length > 0) output.Write(_buffer, 0, _length);
        _length = 0;
        if (_depth == 0) (_hasElement, _afterName) = (0, false);
    }

    private void Open(byte bracket)
    {
        BeforeValue();
        if (_depth == MaxDepth) throw new InvalidOperationException("JSON nested too deeply");
        Put(bracket);
        _depth++;
        _hasElement &= ~(1UL << _depth);
    }

    private void Close(byte bracket)
    {
        if (_depth == 0) throw new InvalidOperationException("no open JSON container");
        _depth--;
        Put(bracket);
    }

    private void WriteLiteral(ReadOnlySpan<byte> text)
    {
        BeforeValue();
        while (text.Length > 0)
        {
            var room = Math.Min(text.Length, _buffer.Length - _length);
            text[..room].CopyTo(_buffer.AsSpan(_length));
            _length += room;
            text = text[room..];
            FlushIfFull();
        }
    }

    private void BeforeValue()
    {
        if (_afterName)
        {
            _afterName = false;
            return;
        }
        if (_depth == 0) return;
        var bit = 1UL << _depth;
        if ((_hasElement & bit) != 0) Put((byte)',');
        else _hasElement |= bit;
    }

    // Utf8JsonWriter's default escaping (JavaScriptEncoder.Default): printable ASCII is written as is except the
    // HTML-sensitive characters; everything else is \uXXXX (upper-case hex), with short forms for the usual controls.
    // A lone surrogate cannot be encoded and becomes U+FFFD, as there.
    private void WriteQuoted(string text)
    {
        Put((byte)'"');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is >= ' ' and <= '~' && !NeedsEscape(c))
            {
                _buffer[_length++] = (byte)c;
            }
            else if (c switch { '\b' => 'b', '\f' => 'f', '\n' => 'n', '\r' => 'r', '\t' => 't', '\\' => '\\', _ => '\0' } is var shortForm and not '\0')
            {
                _buffer[_length++] = (byte)'\\';
                _buffer[_length++] = (byte)shortForm;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                PutUnicodeEscape(c);
                PutUnicodeEscape(text[++i]);
            }
            else
            {
                PutUnicodeEscape(char.IsSurrogate(c) ? '\uFFFD' : c);
            }
            FlushIfFull();
        }
        Put((byte)'"');
    }

    private static bool NeedsEscape(char c) => c is '"' or '\\' or '&' or '\'' or '+' or '<' or '>' or '`';

    private void PutUnicodeEscape(char c)
    {
        _buffer[_length++] = (byte)'\\';
        _buffer[_length++] = (byte)'u';
        ((int)c).TryFormat(_buffer.AsSpan(_length, 4), out _, "X4", CultureInfo.InvariantCulture);
        _length += 4;
    }

    private void Put(byte b)
    {
        _buffer[_length++] = b;
        FlushIfFull();
    }

    private void FlushIfFull()
    {
        if (_length < bufferBytes) return;
        output.Write(_buffer, 0, _length);
        _length = 0;
    }
}
