namespace MlJudge.Engine.Sandbox;

/// <summary>Writes newline-terminated messages to a child process's stdin.</summary>
internal static class ChildInput
{
    private static readonly byte[] Newline = [(byte)'\n'];

    /// <summary>
    /// Writes <paramref name="message"/> and its newline, every write cancellable. A newline written synchronously
    /// blocked forever whenever the message had just filled the pipe of a child that stopped reading.
    /// </summary>
    public static async Task WriteLineAsync(Stream stdin, byte[] message, CancellationToken cancellationToken)
    {
        await stdin.WriteAsync(message, cancellationToken);
        await stdin.WriteAsync(Newline, cancellationToken);
        await stdin.FlushAsync(cancellationToken);
    }
}
