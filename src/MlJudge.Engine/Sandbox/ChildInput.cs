namespace MlJudge.Engine.Sandbox;

/// <summary>Writes newline-terminated messages to a child process's stdin.</summary>
internal static class ChildInput
{
    /// <summary>
    /// Writes <paramref name="message"/> and its newline as one cancellable write. Writing the newline on its own,
    /// synchronously, blocked forever whenever the message had just filled the pipe of a child that stopped reading.
    /// </summary>
    public static async Task WriteLineAsync(Stream stdin, byte[] message, CancellationToken cancellationToken)
    {
        var line = new byte[message.Length + 1];
        message.CopyTo(line, 0);
        line[^1] = (byte)'\n';
        await stdin.WriteAsync(line, cancellationToken);
        await stdin.FlushAsync(cancellationToken);
    }
}
