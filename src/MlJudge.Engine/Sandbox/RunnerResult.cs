using MlJudge.Runner.Protocol;

namespace MlJudge.Engine.Sandbox;

/// <summary>One reply from the runner with the raw bytes of its value (when the judge kept them): nothing is parsed yet.</summary>
internal sealed record RunnerResult(RunnerReply Reply, ReadOnlyMemory<byte> Value, long LineBytes)
{
    public RunnerReplyKind Kind => Reply.Kind;
    public int Index => Reply.Index;
    public bool Ok => Reply.Ok;
    public double Ms => Reply.Ms;
    public string? Stdout => Reply.Stdout;
    public ExceptionReport? Exception => Reply.Exception;

    /// <summary>True when the result was longer than the judge's budget for it, so its value was not kept.</summary>
    public bool ValueCut => Reply.ValueCut;

    public static RunnerResult? Parse(ReceivedLine line)
    {
        if (RunnerReplyReader.ParseReply(line.Kept, line.Complete) is not { } reply) return null;
        var value = reply.ValueStart >= 0 && !reply.ValueCut ? line.Buffer.AsMemory(reply.ValueStart, reply.ValueLength) : ReadOnlyMemory<byte>.Empty;
        return new RunnerResult(reply, value, line.TotalBytes);
    }
}
