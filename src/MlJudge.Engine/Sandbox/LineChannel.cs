namespace MlJudge.Engine.Sandbox;

/// <summary>One line as received: the first <see cref="Length"/> bytes kept, <see cref="TotalBytes"/> counted.</summary>
internal sealed record ReceivedLine(byte[] Buffer, int Length, long TotalBytes)
{
    /// <summary>False when the line was longer than the reader chose to keep: only its start is here.</summary>
    public bool Complete => Length == TotalBytes;

    public ReadOnlySpan<byte> Kept => Buffer.AsSpan(0, Length);
}

/// <summary>
/// Reads newline-terminated messages from a child's stdout. The caller says how many bytes of a line it will
/// keep; the rest is counted and dropped, so a huge line costs the judge no more memory than it chose to spend.
/// A line over the hard cap is refused; a line the child never finished (it died mid-line) is no line.
/// </summary>
internal sealed class LineChannel(Stream stream, long maxLineBytes)
{
    private readonly byte[] _buffer = new byte[1 << 16];
    private int _start;
    private int _end;

    public sealed class LineTooLongException : Exception;

    /// <summary>Reads a whole line as text (for the compile host, whose lines are kept whole under the cap).</summary>
    /// <returns>The line, or null at end of stream.</returns>
    public async Task<string?> ReadLineAsync(CancellationToken cancellationToken) =>
        await ReadLineAsync((int)Math.Min(maxLineBytes, Array.MaxLength), cancellationToken) is { } line
            ? System.Text.Encoding.UTF8.GetString(line.Kept)
            : null;

    /// <returns>The line, or null at end of stream.</returns>
    public Task<ReceivedLine?> ReadLineAsync(int keepBytes, CancellationToken cancellationToken) => ReadLineAsync(keepBytes, cancellationToken, cancellationToken);

    /// <summary>
    /// Reads a line; <paramref name="firstByte"/> bounds the wait for the line to begin and
    /// <paramref name="complete"/> the time to receive the rest (a large result takes a while to stream).
    /// </summary>
    public async Task<ReceivedLine?> ReadLineAsync(int keepBytes, CancellationToken firstByte, CancellationToken complete)
    {
        var kept = new byte[Math.Min(keepBytes, 4096)];
        var length = 0;
        long total = 0;
        while (true)
        {
            if (_start == _end)
            {
                _start = 0;
                _end = await stream.ReadAsync(_buffer, total == 0 ? firstByte : complete);
                if (_end == 0) return null;
            }
            var newline = Array.IndexOf(_buffer, (byte)'\n', _start, _end - _start);
            var stop = newline < 0 ? _end : newline;
            var chunk = stop - _start;
            total += chunk;
            if (total > maxLineBytes) throw new LineTooLongException();
            var keep = Math.Min(chunk, keepBytes - length);
            if (keep > 0)
            {
                if (length + keep > kept.Length) Array.Resize(ref kept, (int)Math.Min(keepBytes, Math.Max(kept.Length * 2L, length + keep)));
                Array.Copy(_buffer, _start, kept, length, keep);
                length += keep;
            }
            _start = newline < 0 ? _end : newline + 1;
            if (newline >= 0) return new ReceivedLine(kept, length, total);
        }
    }
}
