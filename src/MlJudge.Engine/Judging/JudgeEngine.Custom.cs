using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using MlJudge.Engine.Compilation;
using MlJudge.Engine.Problems;
using MlJudge.Engine.Values;

namespace MlJudge.Engine.Judging;

public sealed partial class JudgeEngine
{
    // The reference compiles once per loaded problem version (a reload makes a new Problem).
    private readonly ConditionalWeakTable<Problem, Task<CompileResponse>> _references = new();

    /// <summary>
    /// Runs the problem's reference solution (the first file of solutions/accepted, as `generate` does) and then the
    /// submission on the learner's arguments, both in the sandbox under the problem's limits, and compares the two
    /// outputs with the problem's checker when it can. The arguments must have passed <see cref="CustomArguments.Validate"/>.
    /// </summary>
    public async Task<CustomRunResult> JudgeCustomAsync(Problem problem, string source, JsonObject args, IJudgeObserver? observer, CancellationToken cancellationToken)
    {
        if (CustomArguments.Validate(problem, args) is [var error, ..])
            throw new ArgumentException($"custom arguments were not validated: {error.Argument} {error.Message}", nameof(args));
        var total = Stopwatch.StartNew();
        var entry = problem.Metadata.EntryPoint;
        if (observer is not null) await observer.OnPhaseAsync(JudgePhase.Compiling, 1, cancellationToken);
        var compiled = await _compiler.CompileAsync(new CompileRequest(0, source, entry.Method,
            entry.Parameters.Select(p => p.Type).ToArray(), entry.Parameters.Select(p => p.Name).ToArray(), entry.Returns), cancellationToken);

        // The reference runs even when the submission does not compile: its output is still the answer to the input.
        var reference = await RunReferenceAsync(problem, args, cancellationToken);
        if (!compiled.Success)
        {
            var failed = new JudgeResult(Verdict.CompilationError, [], 1, compiled.Message, compiled.Diagnostics,
                new JudgeTimings(compiled.CompileMs, 0, 0, 0, total.Elapsed.TotalMilliseconds), Isolation);
            return new CustomRunResult(failed, reference, CustomComparison.NotCompared, CustomRunResult.NoResult);
        }

        var compare = reference.Outcome == ReferenceOutcome.Ok && CustomRunResult.CanCompare(problem);
        var test = new TestCase(CustomRunResult.TestName, args, reference.Output?.DeepClone());
        var result = await RunAsync(CustomProblem(problem, test, compare ? problem.Checker : null), compiled, [(test, true)], observer, total, cancellationToken);
        var ran = result.Tests is [{ Verdict: Verdict.Accepted or Verdict.WrongAnswer }];
        var (comparison, reason) = !ran ? (CustomComparison.NotCompared, CustomRunResult.NoResult)
            : reference.Outcome != ReferenceOutcome.Ok ? (CustomComparison.NotCompared, reference.Message ?? CustomRunResult.NoReference)
            : !CustomRunResult.CanCompare(problem) ? (CustomComparison.NotCompared, CustomRunResult.CustomChecker)
            : result.Verdict == Verdict.Accepted ? (CustomComparison.Match, (string?)null) : (CustomComparison.Mismatch, null);
        return new CustomRunResult(result, reference, comparison, reason);
    }

    private async Task<ReferenceRun> RunReferenceAsync(Problem problem, JsonObject args, CancellationToken cancellationToken)
    {
        CompileResponse compiled;
        try
        {
            compiled = await _references.GetValue(problem, p => CompileReferenceAsync(p, CancellationToken.None)).WaitAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            _logger.LogError(e, "The reference solution of {Problem} could not be compiled", problem.Id);
            _references.Remove(problem);
            return new ReferenceRun(ReferenceOutcome.Unavailable, null, ReferenceMessages.Unavailable);
        }
        if (!compiled.Success)
        {
            _logger.LogError("The reference solution of {Problem} does not compile: {Message}", problem.Id, compiled.Message);
            _references.Remove(problem);
            return new ReferenceRun(ReferenceOutcome.Unavailable, null, ReferenceMessages.Unavailable);
        }
        var test = new TestCase(CustomRunResult.TestName, args, null);
        var result = await RunAsync(CustomProblem(problem, test, null), compiled, [(test, true)], null, Stopwatch.StartNew(), cancellationToken);
        return result.Tests is [{ Verdict: Verdict.Accepted } outcome]
            ? new ReferenceRun(ReferenceOutcome.Ok, outcome.Got, null)
            // Only the kind of failure: the reference's exception text, console and time stay on the server.
            : new ReferenceRun(result.Verdict == Verdict.InternalError ? ReferenceOutcome.Unavailable : ReferenceOutcome.Rejected, null,
                ReferenceMessages.For(result.Verdict, problem.Metadata.Limits));
    }

    private async Task<CompileResponse> CompileReferenceAsync(Problem problem, CancellationToken cancellationToken)
    {
        var entry = problem.Metadata.EntryPoint;
        var source = await File.ReadAllTextAsync(TestGenerator.ReferenceSolution(problem.FolderPath), cancellationToken);
        return await _compiler.CompileAsync(new CompileRequest(0, source, entry.Method,
            entry.Parameters.Select(p => p.Type).ToArray(), entry.Parameters.Select(p => p.Name).ToArray(), entry.Returns), cancellationToken);
    }

    // The same problem with one public test, and a checker that caps what is kept of the output.
    private static Problem CustomProblem(Problem problem, TestCase test, Checking.IChecker? compareWith) => new()
    {
        Id = problem.Id,
        FolderPath = problem.FolderPath,
        Metadata = problem.Metadata,
        Statement = problem.Statement,
        StarterCode = problem.StarterCode,
        Samples = [test],
        Hidden = [],
        ContentHash = problem.ContentHash,
        Checker = new CustomRunChecker(compareWith),
    };
}

/// <summary>What a learner is told when the reference fails on their input: the kind of failure, in fixed words.</summary>
internal static class ReferenceMessages
{
    public const string Unavailable = "the reference solution could not be run (the judge's fault, not your input's); try again later";

    public static string For(Verdict verdict, Limits limits) => verdict switch
    {
        Verdict.TimeLimitExceeded => Rejected($"it did not finish within the time limit of {limits.TimeMs} ms"),
        Verdict.MemoryLimitExceeded => Rejected($"it needed more than {limits.MemoryMb} MB"),
        Verdict.OutputLimitExceeded or Verdict.WrongAnswer => Rejected("its result is larger than a custom run shows"),
        Verdict.InternalError => Unavailable,
        _ => Rejected("it stopped with an error"),
    };

    private static string Rejected(string how) =>
        $"the reference solution rejected this input: {how}. Check the input against the constraints in the statement";
}
