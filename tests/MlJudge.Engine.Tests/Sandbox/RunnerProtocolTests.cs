using System.Text;
using System.Text.Json;
using MlJudge.Engine.Sandbox;
using MlJudge.Runner.Protocol;

namespace MlJudge.Engine.Tests.Sandbox;

/// <summary>The runner and the judge speak through one writer and one reader; what one writes the other reads back.</summary>
public sealed class RunnerProtocolTests
{
    private static (ProtocolWriter Writer, MemoryStream Stream) NewWriter()
    {
        var stream = new MemoryStream();
        return (new ProtocolWriter(stream), stream);
    }

    private static RunnerReply ReadBack(MemoryStream stream)
    {
        var bytes = stream.ToArray();
        Assert.Equal((byte)'\n', bytes[^1]);
        return RunnerReplyReader.ParseReply(bytes.AsSpan(0, bytes.Length - 1), complete: true) ?? throw new Xunit.Sdk.XunitException("unreadable reply");
    }

    [Fact]
    public void Status_replies_round_trip()
    {
        foreach (var kind in new[] { RunnerReplyKind.Ready, RunnerReplyKind.Loaded })
        {
            var (writer, stream) = NewWriter();
            writer.Status(kind);
            Assert.Equal(kind, ReadBack(stream).Kind);
        }
    }

    [Fact]
    public void A_result_round_trips_with_its_value_located_not_parsed()
    {
        var (writer, stream) = NewWriter();
        writer.Result(7, 12.5, "printed \"this\"\n", w => w.WriteRawValue(JsonSerializer.SerializeToUtf8Bytes(new[] { 1.5, -2, 3e300 })));
        var bytes = stream.ToArray();
        var reply = ReadBack(stream);

        Assert.Equal((RunnerReplyKind.Result, 7, true, 12.5, "printed \"this\"\n", false), (reply.Kind, reply.Index, reply.Ok, reply.Ms, reply.Stdout, reply.ValueCut));
        Assert.Null(reply.Exception);
        Assert.Equal("[1.5,-2,3E+300]", Encoding.UTF8.GetString(bytes, reply.ValueStart, reply.ValueLength));
    }

    [Fact]
    public void A_failure_round_trips_with_its_exception_report()
    {
        var (writer, stream) = NewWriter();
        writer.Failure(RunnerReplyKind.Error, -1, 0, null, new ExceptionReport("System.InvalidOperationException", "System.Private.CoreLib", "bad \"state\""));
        var reply = ReadBack(stream);

        Assert.Equal((RunnerReplyKind.Error, -1, false), (reply.Kind, reply.Index, reply.Ok));
        Assert.Equal(new ExceptionReport("System.InvalidOperationException", "System.Private.CoreLib", "bad \"state\""), reply.Exception);
    }

    [Fact]
    public void The_header_of_a_result_cut_short_by_the_judge_is_still_read()
    {
        var (writer, stream) = NewWriter();
        writer.Result(3, 4, null, w => w.WriteRawValue(JsonSerializer.SerializeToUtf8Bytes(new double[10_000])));
        var bytes = stream.ToArray();
        var reply = RunnerReplyReader.ParseReply(bytes.AsSpan(0, 200), complete: false);

        Assert.NotNull(reply);
        Assert.Equal((RunnerReplyKind.Result, 3, true, true), (reply.Kind, reply.Index, reply.Ok, reply.ValueCut));
    }

    [Fact]
    public void Load_and_test_requests_round_trip()
    {
        var load = new LoadRequest(Convert.ToBase64String([1, 2, 3]), true, "DoubleIt", ["double[]", "int"], "double[]", 65536);
        var read = ProtocolReader.ReadLoad(Encoding.UTF8.GetString(ProtocolWriter.EncodeLoad(load)));
        Assert.Equal(load with { ParameterTypes = read.ParameterTypes }, read);
        Assert.Equal(load.ParameterTypes, read.ParameterTypes);

        // Each argument is handed to the caller's reader at its first token, in parameter order.
        var (index, args) = ProtocolReader.ReadTest(Encoding.UTF8.GetString(ProtocolWriter.EncodeTest(4, "[1,2],5")), 2, ReadRaw);
        Assert.Equal(4, index);
        Assert.Equal(["[1,2]", "5"], args);
    }

    [Fact]
    public void Properties_the_runner_does_not_know_are_skipped_whole()
    {
        var (index, args) = ProtocolReader.ReadTest("""{"extra":{"a":[1,{"b":"]"}]},"type":"test","args":["x\"y"],"index":2}""", 1, ReadRaw);
        Assert.Equal(2, index);
        Assert.Equal(["\"x\\u0022y\""], args); // the writer escapes a quote as Utf8JsonWriter does
    }

    // Renders the argument back as JSON text, to see exactly what the reader handed over.
    private static object? ReadRaw(ref JsonLineReader reader, int position)
    {
        var stream = new MemoryStream();
        var writer = new JsonLineWriter(stream);
        Copy(ref reader, writer);
        writer.Flush();
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Copy(ref JsonLineReader reader, JsonLineWriter writer)
    {
        switch (reader.Token)
        {
            case JsonToken.StartArray:
                writer.WriteStartArray();
                while (reader.Read() && reader.Token != JsonToken.EndArray) Copy(ref reader, writer);
                writer.WriteEndArray();
                break;
            case JsonToken.Number: writer.WriteNumberValue(reader.GetDouble()); break;
            case JsonToken.String: writer.WriteStringValue(reader.GetString()!); break;
            default: throw new Xunit.Sdk.XunitException($"unexpected {reader.Token}");
        }
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"type\":\"loaded?\"}")]
    [InlineData("[\"ready\"]")]
    public void A_malformed_reply_is_no_reply(string line) => Assert.Null(RunnerReplyReader.ParseReply(Encoding.UTF8.GetBytes(line), complete: true));

    [Fact]
    public async Task A_reply_line_is_kept_only_up_to_the_readers_budget_but_counted_whole()
    {
        var (writer, stream) = NewWriter();
        writer.Result(0, 1, null, w => w.WriteRawValue(JsonSerializer.SerializeToUtf8Bytes(new double[100_000])));
        stream.Position = 0;
        var line = (await new LineChannel(stream, RunnerLimits.MaxReplyBytes).ReadLineAsync(1000, CancellationToken.None))!;

        Assert.Equal(1000, line.Length);
        Assert.Equal(stream.Length - 1, line.TotalBytes);
        Assert.True(RunnerResult.Parse(line)!.ValueCut);
    }
}
