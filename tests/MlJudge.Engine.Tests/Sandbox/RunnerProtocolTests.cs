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
        return ProtocolReader.ParseReply(bytes.AsSpan(0, bytes.Length - 1), complete: true) ?? throw new Xunit.Sdk.XunitException("unreadable reply");
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
        writer.Result(7, 12.5, "printed \"this\"\n", w => JsonSerializer.Serialize(w, new[] { 1.5, -2, 3e300 }));
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
        writer.Result(3, 4, null, w => JsonSerializer.Serialize(w, new double[10_000]));
        var bytes = stream.ToArray();
        var reply = ProtocolReader.ParseReply(bytes.AsSpan(0, 200), complete: false);

        Assert.NotNull(reply);
        Assert.Equal((RunnerReplyKind.Result, 3, true, true), (reply.Kind, reply.Index, reply.Ok, reply.ValueCut));
    }

    [Fact]
    public void Load_and_test_requests_round_trip()
    {
        var load = new LoadRequest(Convert.ToBase64String([1, 2, 3]), true, "DoubleIt", ["double[]", "int"], "double[]", 65536);
        using (var document = JsonDocument.Parse(ProtocolWriter.EncodeLoad(load)))
        {
            var read = ProtocolReader.ReadLoad(document.RootElement);
            Assert.Equal(load with { ParameterTypes = read.ParameterTypes }, read);
            Assert.Equal(load.ParameterTypes, read.ParameterTypes);
        }
        using (var document = JsonDocument.Parse(ProtocolWriter.EncodeTest(4, "[1,2],5")))
        {
            var (index, args) = ProtocolReader.ReadTest(document.RootElement);
            Assert.Equal(4, index);
            Assert.Equal("[[1,2],5]", args.GetRawText());
        }
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"type\":\"loaded?\"}")]
    [InlineData("[\"ready\"]")]
    public void A_malformed_reply_is_no_reply(string line) => Assert.Null(ProtocolReader.ParseReply(Encoding.UTF8.GetBytes(line), complete: true));

    [Fact]
    public async Task A_reply_line_is_kept_only_up_to_the_readers_budget_but_counted_whole()
    {
        var (writer, stream) = NewWriter();
        writer.Result(0, 1, null, w => JsonSerializer.Serialize(w, new double[100_000]));
        stream.Position = 0;
        var line = (await new LineChannel(stream, RunnerLimits.MaxReplyBytes).ReadLineAsync(1000, CancellationToken.None))!;

        Assert.Equal(1000, line.Length);
        Assert.Equal(stream.Length - 1, line.TotalBytes);
        Assert.True(RunnerResult.Parse(line)!.ValueCut);
    }
}
