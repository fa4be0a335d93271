using System.Text;
using System.Text.Json;
using MlJudge.Runner.Protocol;

namespace MlJudge.Engine.Tests.Sandbox;

/// <summary>
/// The runner's own JSON writer and reader stand in for System.Text.Json, so they are held to it: the writer writes
/// the same bytes as Utf8JsonWriter's defaults, and the reader reads back exactly what either wrote.
/// </summary>
public sealed class ProtocolJsonTests
{
    private static readonly Random Random = new(20261204);

    private static string Ours(Action<JsonLineWriter> write)
    {
        var stream = new MemoryStream();
        var writer = new JsonLineWriter(stream, 256); // a small buffer, so values cross many flushes
        write(writer);
        writer.Flush();
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string Theirs(Action<Utf8JsonWriter> write)
    {
        var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream)) write(writer);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    // Every kind of UTF-16 a submission can return or print: ASCII, HTML-sensitive characters, controls, non-ASCII,
    // surrogate pairs, and lone or reversed surrogates.
    private static string RandomText(int length)
    {
        var pool = "aZ09 \"\\/<>&'+`\b\f\n\r\t\u0000\u001f\u007f\u0080\u00e9\u2028\u4e2d\ufffd\uffff";
        var text = new StringBuilder();
        while (text.Length < length)
        {
            switch (Random.Next(5))
            {
                case 0: text.Append("😀"); break;
                case 1: text.Append((char)Random.Next(0xD800, 0xE000)); break;
                case 2: text.Append((char)Random.Next(0, 0x10000)); break;
                default: text.Append(pool[Random.Next(pool.Length)]); break;
            }
        }
        return text.ToString();
    }

    private static double RandomDouble()
    {
        while (true)
        {
            var d = BitConverter.Int64BitsToDouble(Random.NextInt64());
            if (double.IsFinite(d)) return d;
        }
    }

    [Fact]
    public void Strings_are_escaped_byte_for_byte_as_Utf8JsonWriter_escapes_them()
    {
        for (var i = 0; i < 2000; i++)
        {
            var text = RandomText(Random.Next(0, 300));
            Assert.Equal(Theirs(w => w.WriteStringValue(text)), Ours(w => w.WriteStringValue(text)));
        }
    }

    [Fact]
    public void Numbers_are_written_byte_for_byte_as_Utf8JsonWriter_writes_them()
    {
        double[] edges = [0, -0.0, double.Epsilon, double.MaxValue, double.MinValue, 1e-5, 1e15, 1e16, 1e21, 0.1, 1.0 / 3, 123456789012345678];
        foreach (var d in edges.Concat(Enumerable.Range(0, 5000).Select(_ => RandomDouble())))
            Assert.Equal(Theirs(w => w.WriteNumberValue(d)), Ours(w => w.WriteNumberValue(d)));
        foreach (var l in new[] { 0, -1, long.MinValue, long.MaxValue, int.MinValue }.Concat(Enumerable.Range(0, 1000).Select(_ => Random.NextInt64(long.MinValue, long.MaxValue))))
            Assert.Equal(Theirs(w => w.WriteNumberValue(l)), Ours(w => w.WriteNumberValue(l)));
    }

    [Fact]
    public void Objects_and_nested_arrays_are_written_as_Utf8JsonWriter_writes_them()
    {
        var doubles = Enumerable.Range(0, 500).Select(_ => RandomDouble()).ToArray();
        // The same calls on both writers: their method names are the same, so one sequence serves both.
        void WriteReply(dynamic w)
        {
            w.WriteStartObject();
            w.WriteString("type", "result");
            w.WriteNumber("ms", 0.25);
            w.WriteBoolean("ok", true);
            w.WritePropertyName("value");
            w.WriteStartArray();
            w.WriteStartArray();
            w.WriteEndArray();
            foreach (var d in doubles) w.WriteNumberValue(d);
            w.WriteStartArray();
            w.WriteNullValue();
            w.WriteBooleanValue(false);
            w.WriteStringValue("NaN");
            w.WriteEndArray();
            w.WriteEndArray();
            w.WriteEndObject();
        }
        var expected = Theirs(w => WriteReply(w));
        var ours = Ours(w => WriteReply(w));
        Assert.Equal(expected, ours);
    }

    [Fact]
    public void A_huge_value_streams_out_in_chunks_no_larger_than_the_buffer()
    {
        var stream = new ChunkRecordingStream();
        var writer = new JsonLineWriter(stream, 4096);
        writer.WriteStartArray();
        for (var i = 0; i < 200_000; i++) writer.WriteNumberValue(RandomDouble());
        writer.WriteStringValue(RandomText(100_000));
        writer.WriteEndArray();
        writer.Flush();

        Assert.True(stream.Length > 4_000_000);
        Assert.InRange(stream.LargestWrite, 1, 4096 + 64);
        using var document = JsonDocument.Parse(stream.ToArray());
        Assert.Equal(200_001, document.RootElement.GetArrayLength());
    }

    [Fact]
    public void The_reader_reads_back_every_double_and_string_bit_for_bit()
    {
        var doubles = Enumerable.Range(0, 3000).Select(_ => RandomDouble()).Append(-0.0).Append(double.Epsilon).ToArray();
        var texts = Enumerable.Range(0, 300).Select(_ => RandomText(Random.Next(0, 100))).ToArray();
        // The judge writes test arguments with System.Text.Json; the runner's own writer must read back the same way.
        foreach (var json in new[] { JsonSerializer.Serialize(new { d = doubles, s = texts }), Ours(w => WriteBoth(w, doubles, texts)) })
        {
            var reader = new JsonLineReader(json);
            reader.Expect(JsonToken.StartObject);
            reader.Expect(JsonToken.PropertyName);
            reader.Expect(JsonToken.StartArray);
            foreach (var d in doubles)
            {
                reader.Expect(JsonToken.Number);
                Assert.Equal(BitConverter.DoubleToInt64Bits(d), BitConverter.DoubleToInt64Bits(reader.GetDouble()));
            }
            reader.Expect(JsonToken.EndArray);
            reader.Expect(JsonToken.PropertyName);
            Assert.True(reader.NameIs("s"));
            reader.Expect(JsonToken.StartArray);
            foreach (var text in texts)
            {
                reader.Expect(JsonToken.String);
                Assert.Equal(WellFormed(text), reader.GetString());
            }
        }
    }

    [Theory]
    [InlineData("2147483647", 2147483647L)]
    [InlineData("-2147483648", -2147483648L)]
    [InlineData("9223372036854775807", long.MaxValue)]
    [InlineData("-9223372036854775808", long.MinValue)]
    public void Integers_read_exactly_to_their_limits(string json, long expected)
    {
        var reader = new JsonLineReader(json);
        reader.Read();
        Assert.Equal(expected, reader.GetInt64());
        if (expected is >= int.MinValue and <= int.MaxValue) Assert.Equal(expected, reader.GetInt32());
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("1e3")]
    [InlineData("2147483648")]
    [InlineData("\"1\"")]
    public void What_is_not_an_int_is_refused_as_an_int(string json)
    {
        var reader = new JsonLineReader(json);
        reader.Read();
        try
        {
            reader.GetInt32();
            Assert.Fail($"{json} read as an int");
        }
        catch (Exception e) when (e is FormatException or OverflowException)
        {
        }
    }

    [Theory]
    [InlineData("{\"a\":")]
    [InlineData("\"unterminated")]
    [InlineData("[tru]")]
    [InlineData("[\"\\q\"]")]
    public void Broken_json_is_a_format_error(string json)
    {
        Assert.Throws<FormatException>(() =>
        {
            var reader = new JsonLineReader(json);
            while (reader.Read())
            {
                if (reader.Token is JsonToken.String) reader.GetString();
                if (reader.Token is JsonToken.PropertyName) reader.Expect(JsonToken.Number);
            }
        });
    }

    private static void WriteBoth(JsonLineWriter w, double[] doubles, string[] texts)
    {
        w.WriteStartObject();
        w.WritePropertyName("d");
        w.WriteStartArray();
        foreach (var d in doubles) w.WriteNumberValue(d);
        w.WriteEndArray();
        w.WritePropertyName("s");
        w.WriteStartArray();
        foreach (var t in texts) w.WriteStringValue(t);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    // What survives JSON: a lone surrogate cannot be encoded, so both writers put U+FFFD in its place.
    private static string WellFormed(string text)
    {
        var result = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) result.Append(text, i++, 2);
            else result.Append(char.IsSurrogate(text[i]) ? '\uFFFD' : text[i]);
        }
        return result.ToString();
    }

    private sealed class ChunkRecordingStream : MemoryStream
    {
        public int LargestWrite { get; private set; }

        public override void Write(byte[] buffer, int offset, int count)
        {
            LargestWrite = Math.Max(LargestWrite, count);
            base.Write(buffer, offset, count);
        }
    }
}
