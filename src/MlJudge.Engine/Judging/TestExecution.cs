using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using MlJudge.Engine.Compilation;
using MlJudge.Engine.Problems;
using MlJudge.Engine.Sandbox;
using MlJudge.Runner.Protocol;

namespace MlJudge.Engine.Judging;

/// <summary>
/// Runs one compiled submission through its tests in a single sandboxed runner. The runner gets inputs only;
/// each output is checked here. A test that ends the runner (time, memory, output, crash) ends the run.
/// </summary>
internal sealed class TestExecution(Problem problem, CompileResponse compiled, JudgeEngineOptions options, IJudgeObserver? observer)
{
    private readonly Limits _limits = problem.Metadata.Limits;

    public async Task<(List<TestOutcome> Outcomes, string? Message, double StartMs, double CheckMs)> RunAsync(
        RunnerPool pool, IReadOnlyList<(TestCase Test, bool IsSample)> tests, CancellationToken cancellationToken)
    {
        var outcomes = new List<TestOutcome>();
        double checkMs = 0;
        var acquire = Stopwatch.StartNew();
        await using var runner = await pool.AcquireAsync(_limits.MemoryMb, cancellationToken);
        var entry = problem.Metadata.EntryPoint;

        var (loadLine, loadFailure) = await LoadAsync(runner, new LoadMessage(RunnerMessageTypes.Load, compiled.Assembly!, compiled.Script,
            entry.Method, entry.Parameters.Select(p => p.Type).ToArray(), entry.Returns, options.OutputLimitBytes), cancellationToken);
        // "Sandbox start" is everything between compiling and the first test: taking a warm runner and loading the assembly into it.
        var startMs = acquire.Elapsed.TotalMilliseconds;
        if (loadLine is null || !loadLine.Contains($"\"{RunnerMessageTypes.Loaded}\"", StringComparison.Ordinal))
        {
            var (first, isSample) = tests[0];
            var outcome = loadLine is not null && RunnerResult.Parse(loadLine) is { } error
                ? Failed(0, first, isSample, Verdict.RuntimeError, 0, error.Exception, error.ExceptionMessage, "while initializing the submission")
                : await FatalAsync(runner, 0, first, isSample, loadFailure);
            await ReportAsync(outcomes, outcome, cancellationToken);
            return (outcomes, outcome.Message, startMs, checkMs);
        }

        // Inputs are written ahead while results stream back; each test's deadline starts when the previous
        // result arrives, since the runner takes tests strictly in order.
        using var stopFeeding = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var feeding = FeedAsync(runner, tests.Select((t, i) => TestLine(i, t.Test, entry)), stopFeeding.Token);
        try
        {
            for (var index = 0; index < tests.Count; index++)
            {
                var (test, isSample) = tests[index];
                // The watchdog allows for scheduling noise; the runner's own measurement decides close calls.
                var wall = TimeSpan.FromMilliseconds(_limits.TimeMs * 1.5 + 250);
                var (line, failure) = await ReadAsync(runner, wall, cancellationToken);
                if (line is null || RunnerResult.Parse(line) is not { Type: RunnerMessageTypes.Result } result || result.Index != index)
                {
                    var fatal = await FatalAsync(runner, index, test, isSample, failure);
                    await ReportAsync(outcomes, fatal, cancellationToken);
                    return (outcomes, fatal.Message, startMs, checkMs);
                }
                var check = Stopwatch.StartNew();
                var outcome = Judge(index, test, isSample, result);
                checkMs += check.Elapsed.TotalMilliseconds;
                await ReportAsync(outcomes, outcome, cancellationToken);
            }
        }
        finally
        {
            await stopFeeding.CancelAsync();
            await feeding;
        }
        return (outcomes, null, startMs, checkMs);
    }

    private TestOutcome Judge(int index, TestCase test, bool isSample, RunnerResult result)
    {
        if (result.Ms > _limits.TimeMs)
            return Failed(index, test, isSample, Verdict.TimeLimitExceeded, result.Ms, null, null, $"took {result.Ms:0} ms; the limit is {_limits.TimeMs} ms");
        if (!result.Ok)
            return Failed(index, test, isSample, Verdict.RuntimeError, result.Ms, result.Exception, result.ExceptionMessage, null) with { Stdout = isSample ? result.Stdout : null };
        var got = result.Value;
        var verdict = problem.Checker.Check(test.Args, test.Expected, got);
        return new TestOutcome(index, test.Name, isSample, verdict.Passed ? Verdict.Accepted : Verdict.WrongAnswer, result.Ms,
            verdict.Passed ? null : isSample && verdict.Detail is not null ? verdict.Detail : verdict.Message,
            isSample ? (JsonObject)test.Args.DeepClone() : null, isSample ? test.Expected?.DeepClone() : null, isSample ? got : null,
            isSample ? result.Stdout : null);
    }

    private static async Task FeedAsync(RunnerProcess runner, IEnumerable<string> lines, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var line in lines) await runner.SendRawAsync(line, cancellationToken);
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException)
        {
            // The runner died or the run ended early; the reading side decides the verdict.
        }
    }

    private async Task ReportAsync(List<TestOutcome> outcomes, TestOutcome outcome, CancellationToken cancellationToken)
    {
        outcomes.Add(outcome);
        if (observer is not null) await observer.OnTestAsync(outcome, cancellationToken);
    }

    // Serialized arguments per test, computed once per loaded problem rather than once per submission.
    private static readonly ConditionalWeakTable<TestCase, string> ArgumentsJson = new();

    private static string TestLine(int index, TestCase test, EntryPoint entry)
    {
        var arguments = ArgumentsJson.GetValue(test, t => string.Join(",", entry.Parameters.Select(p => t.Args[p.Name]?.ToJsonString() ?? "null")));
        return $"{{\"type\":\"test\",\"index\":{index},\"args\":[{arguments}]}}";
    }

    private static readonly TimeSpan ResultTransferBudget = TimeSpan.FromSeconds(10);

    private enum ReadFailure { None, Timeout, TooLong, Closed }

    // Sending the assembly and getting "loaded" back share one budget: a runner that stops reading its
    // input must not hold the judge any more than one that stops answering.
    private async Task<(string? Line, ReadFailure Failure)> LoadAsync(RunnerProcess runner, LoadMessage load, CancellationToken cancellationToken)
    {
        var budget = TimeSpan.FromMilliseconds(_limits.TimeMs + 2000);
        var sendTime = Stopwatch.StartNew();
        using (var sending = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            sending.CancelAfter(budget);
            try
            {
                await runner.SendAsync(load, sending.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                runner.Kill();
                return (null, ReadFailure.Timeout);
            }
            catch (IOException)
            {
                return (null, ReadFailure.Closed);
            }
        }
        var left = budget - sendTime.Elapsed;
        return await ReadAsync(runner, left > TimeSpan.Zero ? left : TimeSpan.Zero, cancellationToken);
    }

    private static async Task<(string? Line, ReadFailure Failure)> ReadAsync(RunnerProcess runner, TimeSpan wall, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(wall);
        // Once the answer has started, the test is over; receiving a large result gets its own budget.
        using var transfer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        transfer.CancelAfter(wall + ResultTransferBudget);
        try
        {
            var line = await runner.ReadLineAsync(timeout.Token, transfer.Token);
            return (line, line is null ? ReadFailure.Closed : ReadFailure.None);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            runner.Kill();
            return (null, ReadFailure.Timeout);
        }
        catch (LineChannel.LineTooLongException)
        {
            runner.Kill();
            return (null, ReadFailure.TooLong);
        }
        catch (IOException)
        {
            return (null, ReadFailure.Closed);
        }
    }

    // Decides why the runner stopped answering from facts outside it: the cgroup's memory events, the exit
    // code, the judge's own watchdog. What the program printed is never trusted for this.
    private async Task<TestOutcome> FatalAsync(RunnerProcess runner, int index, TestCase test, bool isSample, object failure)
    {
        await runner.WaitForExitAsync(TimeSpan.FromSeconds(2));
        var hitMemory = runner.Cgroup?.HitMemoryLimit() == true || runner.ExitCode == RunnerExitCodes.OutOfMemory;
        var stderr = runner.Stderr;
        var timeMs = (double)_limits.TimeMs;
        if (hitMemory)
            return Failed(index, test, isSample, Verdict.MemoryLimitExceeded, 0, null, null, $"used more than {_limits.MemoryMb} MB");
        return failure switch
        {
            ReadFailure.Timeout => Failed(index, test, isSample, Verdict.TimeLimitExceeded, timeMs, null, null, $"did not finish within {_limits.TimeMs} ms"),
            ReadFailure.TooLong => Failed(index, test, isSample, Verdict.OutputLimitExceeded, 0, null, null, "the result is too large"),
            _ when runner.ExitCode == RunnerExitCodes.OutputLimitExceeded =>
                Failed(index, test, isSample, Verdict.OutputLimitExceeded, 0, null, null, $"wrote more than {options.OutputLimitBytes / 1024} KiB to the console"),
            _ when stderr.Contains("Stack overflow", StringComparison.OrdinalIgnoreCase) =>
                Failed(index, test, isSample, Verdict.RuntimeError, 0, "System.StackOverflowException", null, "stack overflow (infinite or too deep recursion)"),
            _ => Failed(index, test, isSample, Verdict.RuntimeError, 0, null, null, $"the program was terminated (exit code {runner.ExitCode?.ToString() ?? "unknown"})"),
        };
    }

    // Hidden tests name only the exception type: its message could echo the hidden input.
    private static TestOutcome Failed(int index, TestCase test, bool isSample, Verdict verdict, double ms, string? exception, string? exceptionMessage, string? note)
    {
        var message = exception is null
            ? note
            : isSample && !string.IsNullOrEmpty(exceptionMessage) ? $"{exception}: {exceptionMessage}" : exception + (note is null ? "" : $" ({note})");
        return new TestOutcome(index, test.Name, isSample, verdict, ms, message,
            isSample ? (JsonObject)test.Args.DeepClone() : null, isSample ? test.Expected?.DeepClone() : null);
    }
}
