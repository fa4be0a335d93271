using System.Text;

namespace MlJudge.Engine.Sandbox;

/// <summary>Reads newline-terminated messages from a child's stdout, refusing any line over a size cap.</summary>
internal sealed class LineChannel(Stream stream, int maxLineBytes)
{
    private readonly byte[] _buffer = new byte[1 << 16];
    private int _start;
    private int _end;

    public sealed class LineTooLongException : Exception;

    /// <returns>The line, or null at end of stream.</returns>
    public Task<string?> ReadLineAsync(CancellationToken cancellationToken) => ReadLineAsync(cancellationToken, cancellationToken);

    /// <summary>
    /// Reads a line; <paramref name="firstByte"/> bounds the wait for the line to begin and
    /// <paramref name="complete"/> the time to receive the rest (a large result takes a while to stream).
    /// </summary>
    public async Task<string?> ReadLineAsync(CancellationToken firstByte, CancellationToken complete)
    {
        var line = new MemoryStream();
        while (true)
        {
            if (_start == _end)
            {
                _start = 0;
                _end = await stream.ReadAsync(_buffer, line.Length == 0 ? firstByte : complete);
                if (_end == 0) return line.Length > 0 ? Encoding.UTF8.GetString(line.ToArray()) : null;
            }
            var newline = Array.IndexOf(_buffer, (byte)'\n', _start, _end - _start);
            var stop = newline < 0 ? _end : newline;
            line.Write(_buffer, _start, stop - _start);
            if (line.Length > maxLineBytes) throw new LineTooLongException();
            _start = newline < 0 ? _end : newline + 1;
            if (newline >= 0) return Encoding.UTF8.GetString(line.GetBuffer(), 0, (int)line.Length);
        }
    }
}
