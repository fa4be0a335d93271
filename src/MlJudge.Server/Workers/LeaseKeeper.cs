using MlJudge.Server.Queue;

namespace MlJudge.Server.Workers;

/// <summary>
/// Renews a claimed submission's lease while it is judged. When the renewal finds that this attempt no longer
/// owns the submission (the lease expired and another worker claimed it), it cancels the judging: the retry's
/// results must not be overwritten, and the fenced writes would be discarded anyway.
/// </summary>
public sealed class LeaseKeeper(JudgeQueue queue, Microsoft.Extensions.Options.IOptions<MlJudgeOptions> options, ILogger<LeaseKeeper> logger)
{
    /// <summary>Renews every third of the lease until <paramref name="cancellationToken"/> ends; cancels <paramref name="lost"/> when the claim is gone.</summary>
    public async Task KeepAsync(ClaimedSubmission claim, CancellationTokenSource lost, CancellationToken cancellationToken)
    {
        var interval = TimeSpan.FromSeconds(Math.Max(1, options.Value.LeaseSeconds / 3.0));
        while (!cancellationToken.IsCancellationRequested)
        {
            await Task.Delay(interval, cancellationToken);
            try
            {
                if (!await queue.RenewAsync(claim, cancellationToken)) await lost.CancelAsync();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One failed renewal is not fatal: the lease lasts three intervals.
                logger.LogWarning(e, "Could not renew the lease on submission {Id}", claim.Id);
            }
        }
    }
}
