using System.Diagnostics;
using MlJudge.Engine.Sandbox;

namespace MlJudge.Engine.Tests.Sandbox;

/// <summary>
/// The judge talks to its children (runners, compile hosts) over pipes. A child that stops reading or
/// writing while staying alive must never hold the judge past its own deadline.
/// </summary>
public sealed class ChildPipeTests
{
    // Far past any deadline below: reaching it means the cancellation was ignored.
    private static readonly TimeSpan Hung = TimeSpan.FromSeconds(20);

    [Theory]
    [InlineData(64 * 1024)] // exactly a Linux pipe buffer: only the newline is left to block
    [InlineData(8 * 1024 * 1024)]
    public async Task Writing_to_a_child_that_never_reads_gives_up_when_cancelled(int messageBytes)
    {
        using var child = StartSilentChild(redirectInput: true);
        var message = new byte[messageBytes];
        await AssertGivesUpWhenCancelled(child, deadline => ChildInput.WriteLineAsync(child.StandardInput.BaseStream, message, deadline));
    }

    [Fact]
    public async Task Reading_from_a_child_that_never_answers_gives_up_when_cancelled()
    {
        using var child = StartSilentChild(redirectInput: false);
        var channel = new LineChannel(child.StandardOutput.BaseStream, 1024);
        await AssertGivesUpWhenCancelled(child, deadline => channel.ReadLineAsync(deadline));
    }

    [Fact]
    public async Task A_line_split_across_writes_is_read_whole_and_an_oversized_one_is_refused()
    {
        using var child = Process.Start(new ProcessStartInfo("sh", ["-c", "printf 'ab'; sleep 0.2; printf 'c\\nshort\\n'; head -c 5000 /dev/zero | tr '\\0' x; echo"])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        })!;
        var channel = new LineChannel(child.StandardOutput.BaseStream, 1024);
        using var deadline = new CancellationTokenSource(Hung);

        Assert.Equal("abc", await channel.ReadLineAsync(deadline.Token));
        Assert.Equal("short", await channel.ReadLineAsync(deadline.Token));
        await Assert.ThrowsAsync<LineChannel.LineTooLongException>(() => channel.ReadLineAsync(deadline.Token));
        await child.WaitForExitAsync(deadline.Token);
    }

    // The operation must end with a cancellation soon after its 300 ms deadline, not hang until the child exits.
    private static async Task AssertGivesUpWhenCancelled(Process child, Func<CancellationToken, Task> operation)
    {
        try
        {
            using var deadline = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
            var pending = operation(deadline.Token);
            var finished = await Task.WhenAny(pending, Task.Delay(Hung));
            Assert.Same(pending, finished);
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pending);
        }
        finally
        {
            child.Kill(entireProcessTree: true);
        }
    }

    private static Process StartSilentChild(bool redirectInput) =>
        Process.Start(new ProcessStartInfo("sleep", ["60"])
        {
            RedirectStandardInput = redirectInput,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        })!;
}
