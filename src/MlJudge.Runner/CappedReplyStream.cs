namespace MlJudge.Runner;

/// <summary>
/// The runner's stdout for protocol replies: counts the bytes of each line and ends the process with the
/// output-limit exit code as soon as one line passes the cap, so a huge result is never buffered whole
/// (the JSON writer flushes into this stream in chunks) and is reported as too large, not as memory or time.
/// </summary>
internal sealed class CappedReplyStream(Stream inner, long maxLineBytes, Action onLimit) : Stream
{
    private long _line;

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        var newline = buffer.LastIndexOf((byte)'\n');
        _line = newline < 0 ? _line + buffer.Length : buffer.Length - newline - 1;
        if (newline < 0 && _line > maxLineBytes) onLimit();
        inner.Write(buffer);
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void WriteByte(byte value) => Write([value]);

    public override void Flush() => inner.Flush();

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
