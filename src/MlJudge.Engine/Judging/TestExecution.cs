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
/// <param name="captureOutputs">Keep the small outputs of wrong answers (trusted known-bad solutions only: `generate` and `validate` take a mistake's evidence from them).</param>
internal sealed class TestExecution(Problem problem, CompileResponse compiled, JudgeEngineOptions options, IJudgeObserver? observer, bool captureOutputs = false)
{
    private readonly Limits _limits = problem.Metadata.Limits;
    private readonly HiddenTestMessages _messages = new(problem.Metadata.Limits, options.OutputLimitBytes);

    /// <summary>What the runner's group used (start-up included), read when the run ends; null without cgroups.</summary>
    public RunnerUsage? Usage { get; private set; }

    /// <summary>Whether the outputs were those of the problem's known mistakes, on the tests their outputs were kept for.</summary>
    public Feedback.EvidenceTally Evidence { get; } = new();

    /// <summary>Wrong answers' outputs by test index, small ones only; null unless asked for.</summary>
    public Dictionary<int, JsonNode>? Outputs { get; } = captureOutputs ? [] : null;

    public async Task<(List<TestOutcome> Outcomes, string? Message, double StartMs, double CheckMs)> RunAsync(
        RunnerPool pool, IReadOnlyList<(TestCase Test, bool IsSample)> tests, CancellationToken cancellationToken)
    {
        var outcomes = new List<TestOutcome>();
        var runner = await pool.AcquireAsync(_limits.MemoryMb, cancellationToken);
        try
        {
            return await RunAsync(runner, outcomes, tests, cancellationToken);
        }
        finally
        {
            if (runner.Cgroup is { } group) Usage = new RunnerUsage(group.CpuMs(), group.PeakMemoryBytes());
            pool.Retire(runner);
        }
    }

    private async Task<(List<TestOutcome> Outcomes, string? Message, double StartMs, double CheckMs)> RunAsync(
        RunnerProcess runner, List<TestOutcome> outcomes, IReadOnlyList<(TestCase Test, bool IsSample)> tests, CancellationToken cancellationToken)
    {
        double checkMs = 0;
        var acquire = Stopwatch.StartNew();
        var entry = problem.Metadata.EntryPoint;

        var (loaded, loadFailure) = await LoadAsync(runner, new LoadRequest(compiled.Assembly!, compiled.Script,
            entry.Method, entry.Parameters.Select(p => p.Type).ToArray(), entry.Returns, options.OutputLimitBytes), cancellationToken);
        // "Sandbox start" is everything between compiling and the first test: taking a warm runner and loading the assembly into it.
        var startMs = acquire.Elapsed.TotalMilliseconds;
        if (loaded?.Kind != RunnerReplyKind.Loaded)
        {
            var (first, isSample) = tests[0];
            var outcome = loaded is { Kind: RunnerReplyKind.Error } error
                ? Failed(0, first, isSample, Verdict.RuntimeError, 0, HiddenTestMessages.Threw(error.Exception), $"{Describe(error.Exception)} (while initializing the submission)")
                : await FatalAsync(runner, 0, first, isSample, loadFailure);
            outcome = await ReportAsync(outcomes, outcome, cancellationToken);
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
                var (result, failure) = await ReadAsync(runner, wall, OutputBudget.For(test, problem.Checker).KeepBytes, CpuBudgetMs, cancellationToken);
                if (result is not { Kind: RunnerReplyKind.Result } || result.Index != index)
                {
                    var fatal = await ReportAsync(outcomes, await FatalAsync(runner, index, test, isSample, failure), cancellationToken);
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
            return Failed(index, test, isSample, Verdict.TimeLimitExceeded, result.Ms, _messages.TimeLimit, $"took {result.Ms:0} ms; the limit is {_limits.TimeMs} ms");
        if (!result.Ok)
            return Failed(index, test, isSample, Verdict.RuntimeError, result.Ms, HiddenTestMessages.Threw(result.Exception), Describe(result.Exception)) with { Stdout = result.Stdout };
        if (ResultChecking.Check(problem.Checker, test, result) is not { } check)
            return Failed(index, test, isSample, Verdict.InternalError, result.Ms, HiddenTestMessages.InternalError, "internal error: the checker failed");
        var (verdict, got) = check;
        KeepForDiagnosis(index, test, result, got, verdict.Passed);
        var message = verdict.Passed ? null : isSample ? verdict.Detail ?? verdict.Message : HiddenTestMessages.Mismatch(verdict.Kind);
        return new TestOutcome(index, test.Name, isSample, verdict.Passed ? Verdict.Accepted : Verdict.WrongAnswer, result.Ms, message,
            isSample ? (JsonObject)test.Args.DeepClone() : null, isSample ? test.Expected?.DeepClone() : null, isSample ? got : null, result.Stdout,
            isSample ? verdict.Mismatches?.Bounded() : null);
    }

    // An output is compared with the known mistakes' outputs kept for this test (a right answer is, by construction, not
    // the mistake's), and a wrong one is kept itself when a known-bad solution is judged to take its evidence. Either
    // way only small outputs are parsed beyond the checker's budget.
    private void KeepForDiagnosis(int index, TestCase test, RunnerResult result, JsonNode? got, bool passed)
    {
        var compare = problem.Fingerprints?.EvidenceAt(index).Any() == true;
        if (!compare && (Outputs is null || passed)) return;
        var output = got ?? ResultChecking.ParseSmall(result, 4 * Feedback.MistakeEvidence.MaxOutputBytes);
        if (compare) Evidence.Compare(problem, index, test, output);
        if (Outputs is not null && !passed && output is not null && Checking.JsonSize.Of(output).Bytes <= Feedback.MistakeEvidence.MaxOutputBytes)
            Outputs[index] = output;
    }

    // Samples are public: they show the exception's type and message whatever defined it.
    private static string Describe(ExceptionReport? exception) => exception switch
    {
        null => "the program failed",
        { Message.Length: > 0 } => $"{exception.TypeName}: {exception.Message}",
        _ => exception.TypeName,
    };

    private static async Task FeedAsync(RunnerProcess runner, IEnumerable<byte[]> lines, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var line in lines) await runner.SendAsync(line, cancellationToken);
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException)
        {
            // The runner died or the run ended early; the reading side decides the verdict.
        }
    }

    // Every outcome leaves through here, and so through the hidden-test gate.
    private async Task<TestOutcome> ReportAsync(List<TestOutcome> outcomes, TestOutcome outcome, CancellationToken cancellationToken)
    {
        outcome = _messages.Redact(outcome);
        outcomes.Add(outcome);
        if (observer is not null) await observer.OnTestAsync(outcome, cancellationToken);
        return outcome;
    }

    // Serialized arguments per test, computed once per loaded problem rather than once per submission.
    private static readonly ConditionalWeakTable<TestCase, string> ArgumentsJson = new();

    private static byte[] TestLine(int index, TestCase test, EntryPoint entry)
    {
        var arguments = ArgumentsJson.GetValue(test, t => string.Join(",", entry.Parameters.Select(p => t.Args[p.Name]?.ToJsonString() ?? "null")));
        return ProtocolWriter.EncodeTest(index, arguments);
    }

    private static readonly TimeSpan ResultTransferBudget = TimeSpan.FromSeconds(10);

    // The CPU a test may use before it is stopped: its limit, plus room for what the runner does around the timed call
    // (reading the test's input, JIT-compiling the submission's code) and for the runtime's own threads; past the limit
    // itself the runner's measurement already says TLE.
    private double CpuBudgetMs => _limits.TimeMs + Math.Max(100, _limits.TimeMs / 10.0);

    private enum ReadFailure { None, Timeout, TooLong, Closed }

    // Sending the assembly and getting "loaded" back share one budget: a runner that stops reading its
    // input must not hold the judge any more than one that stops answering.
    private async Task<(RunnerResult? Reply, ReadFailure Failure)> LoadAsync(RunnerProcess runner, LoadRequest load, CancellationToken cancellationToken)
    {
        var budget = TimeSpan.FromMilliseconds(_limits.TimeMs + 2000);
        var sendTime = Stopwatch.StartNew();
        using (var sending = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            sending.CancelAfter(budget);
            try
            {
                await runner.SendAsync(ProtocolWriter.EncodeLoad(load), sending.Token);
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
        return await ReadAsync(runner, left > TimeSpan.Zero ? left : TimeSpan.Zero, RunnerProcess.HeaderKeepBytes, null, cancellationToken);
    }

    // Keeps at most keepBytes of the reply (the rest is counted while it streams in): a malformed reply is a dead runner.
    // The wait also ends when the runtime reports a stack overflow, and when a test has used cpuBudgetMs of CPU.
    private static async Task<(RunnerResult? Reply, ReadFailure Failure)> ReadAsync(RunnerProcess runner, TimeSpan wall, int keepBytes,
        double? cpuBudgetMs, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, runner.StackOverflowed);
        timeout.CancelAfter(wall);
        // Once the answer has started, the test is over; receiving a large result gets its own budget.
        using var transfer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        transfer.CancelAfter(wall + ResultTransferBudget);
        using var answered = new CancellationTokenSource();
        var watcher = cpuBudgetMs is { } budget && runner.Cgroup is { } group ? CpuWatchdog.WatchAsync(group, budget, runner.MemoryMb * 1024L * 1024, timeout, answered.Token) : Task.CompletedTask;
        try
        {
            var line = await runner.ReadLineAsync(keepBytes, timeout.Token, transfer.Token);
            return line is null ? (null, ReadFailure.Closed) : (RunnerResult.Parse(line), ReadFailure.None);
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
        finally
        {
            await answered.CancelAsync();
            await watcher;
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
            return Failed(index, test, isSample, Verdict.MemoryLimitExceeded, 0, _messages.MemoryLimit, _messages.MemoryLimit);
        // The runtime writes "Stack overflow." to the real stderr (the submission's Console.Error is captured
        // elsewhere) the moment it detects one, then walks the whole overflowed stack to print it: on a loaded
        // machine that walk can outlast the watchdog, and the verdict must not depend on the load.
        if (RunnerProcess.ReportsStackOverflow(stderr))
            return Failed(index, test, isSample, Verdict.RuntimeError, 0, HiddenTestMessages.StackOverflow, "System.StackOverflowException: stack overflow (infinite or too deep recursion)");
        return failure switch
        {
            ReadFailure.Timeout => Failed(index, test, isSample, Verdict.TimeLimitExceeded, timeMs, _messages.TimeLimit, $"did not finish within {_limits.TimeMs} ms"),
            ReadFailure.TooLong => Failed(index, test, isSample, Verdict.OutputLimitExceeded, 0, HiddenTestMessages.ResultTooLarge, HiddenTestMessages.ResultTooLarge),
            _ when runner.ExitCode == RunnerExitCodes.OutputLimitExceeded =>
                Failed(index, test, isSample, Verdict.OutputLimitExceeded, 0, _messages.OutputLimit, _messages.OutputLimit),
            _ => Failed(index, test, isSample, Verdict.RuntimeError, 0, HiddenTestMessages.Terminated,
                $"the program was terminated (exit code {runner.ExitCode?.ToString() ?? "unknown"})"),
        };
    }

    // A hidden test gets its judge-written message; a sample its full detail. ReportAsync checks the result again.
    private static TestOutcome Failed(int index, TestCase test, bool isSample, Verdict verdict, double ms, string hiddenMessage, string sampleDetail) =>
        new(index, test.Name, isSample, verdict, ms, isSample ? sampleDetail : hiddenMessage,
            isSample ? (JsonObject)test.Args.DeepClone() : null, isSample ? test.Expected?.DeepClone() : null);
}
