using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using MlJudge.Engine.Compilation;
using MlJudge.Engine.Problems;
using MlJudge.Engine.Sandbox;

namespace MlJudge.Engine.Judging;

/// <summary>
/// Compiles a submission in the compile host, runs it test by test in a sandboxed runner, and checks every
/// output outside the sandbox. Thread-safe; meant to live as long as the process.
/// </summary>
public sealed partial class JudgeEngine : IAsyncDisposable
{
    private readonly CompileService _compiler;
    private readonly RunnerPool _runners;
    private readonly JudgeEngineOptions _options;
    private readonly ILogger _logger;

    private readonly string _workDirectory;

    private JudgeEngine(JudgeEngineOptions options, IsolationLevel isolation, CompileService compiler, RunnerPool runners, string workDirectory, ILogger logger)
    {
        _logger = logger;
        _workDirectory = workDirectory;
        _options = options;
        IsolationLevel = isolation;
        _compiler = compiler;
        _runners = runners;
    }

    public IsolationLevel IsolationLevel { get; }

    public string Isolation => IsolationLevel.ToString();

    /// <param name="loggers">Where the engine reports its own failures (a runner or compile host that cannot start); none when omitted.</param>
    public static async Task<JudgeEngine> StartAsync(JudgeEngineOptions options, CancellationToken cancellationToken, ILoggerFactory? loggers = null)
    {
        loggers ??= NullLoggerFactory.Instance;
        var sandbox = new SandboxOptions
        {
            AllowUnsandboxed = options.AllowUnsandboxed,
            WorkDirectory = options.WorkDirectory ?? Path.Combine(Path.GetTempPath(), $"mljudge-{Environment.ProcessId}-{Guid.NewGuid():N}"),
            OutputLimitBytes = options.OutputLimitBytes,
        };
        var kind = options.ForceIsolation ?? IsolationProbe.Detect(sandbox);
        if (kind == IsolationKind.None && !options.AllowUnsandboxed)
            throw new InvalidOperationException(
                "No OS isolation is available for untrusted code: run as root with bubblewrap installed (apt-get install bubblewrap), " +
                "or util-linux unshare/setpriv; set AllowUnsandboxed (--unsafe-no-sandbox) only for trusted code.");
        var cgroups = kind == IsolationKind.None ? null : CgroupProvider.Detect();
        var isolation = new IsolationLevel(kind, cgroups?.Name);
        var runnerDirectory = RunnerFiles.Stage(sandbox.WorkDirectory);
        var compiler = await CompileService.StartAsync(options.CompileHostCount, options.CompileTimeout, options.CompileHostHeapMb, cancellationToken,
            loggers.CreateLogger<CompileService>());
        var runners = new RunnerPool(new SandboxLauncher(sandbox, isolation, runnerDirectory), cgroups, options.RunnerPoolSize, loggers.CreateLogger<RunnerPool>());
        foreach (var mb in options.PrewarmMemoryMb) runners.Prewarm(mb);
        return new JudgeEngine(options, isolation, compiler, runners, sandbox.WorkDirectory, loggers.CreateLogger<JudgeEngine>());
    }

    public Task<JudgeResult> JudgeAsync(Problem problem, string source, JudgeMode mode, IJudgeObserver? observer, CancellationToken cancellationToken) =>
        JudgeAsync(problem, source, mode, observer, captureOutputs: false, cancellationToken);

    /// <summary>A full judging that also keeps the small outputs of wrong answers: for the problem's own known-bad solutions.</summary>
    internal Task<JudgeResult> JudgeKnownBadAsync(Problem problem, string source, CancellationToken cancellationToken) =>
        JudgeAsync(problem, source, JudgeMode.Full, null, captureOutputs: true, cancellationToken);

    private async Task<JudgeResult> JudgeAsync(Problem problem, string source, JudgeMode mode, IJudgeObserver? observer, bool captureOutputs,
        CancellationToken cancellationToken)
    {
        var total = Stopwatch.StartNew();
        var entry = problem.Metadata.EntryPoint;
        var tests = mode == JudgeMode.Samples
            ? problem.Samples.Select(t => (t, true)).ToList()
            : problem.Samples.Select(t => (t, true)).Concat(problem.Hidden.Select(t => (t, false))).ToList();

        if (observer is not null) await observer.OnPhaseAsync(JudgePhase.Compiling, tests.Count, cancellationToken);
        var compiled = await _compiler.CompileAsync(new CompileRequest(0, source, entry.Method,
            entry.Parameters.Select(p => p.Type).ToArray(), entry.Parameters.Select(p => p.Name).ToArray(), entry.Returns), cancellationToken);
        if (!compiled.Success)
        {
            return new JudgeResult(Verdict.CompilationError, [], tests.Count, compiled.Message, compiled.Diagnostics,
                new JudgeTimings(compiled.CompileMs, 0, 0, 0, total.Elapsed.TotalMilliseconds), Isolation);
        }

        var result = await RunAsync(problem, compiled, tests, observer, total, cancellationToken, captureOutputs);
        // Only a full run has the whole outcome vector the fingerprints were taken over.
        return mode == JudgeMode.Full ? result with { Diagnosis = Feedback.MistakeMatcher.Match(problem, result) } : result;
    }

    /// <summary>Runs an already compiled assembly, bypassing the compile-time policy: tests use it to prove the OS walls alone.</summary>
    internal Task<JudgeResult> JudgeCompiledAsync(Problem problem, byte[] assembly, CancellationToken cancellationToken)
    {
        var compiled = new CompileResponse(0, true, false, Convert.ToBase64String(assembly), [], null, 0);
        return RunAsync(problem, compiled, problem.Samples.Select(t => (t, true)).ToList(), null, Stopwatch.StartNew(), cancellationToken);
    }

    private async Task<JudgeResult> RunAsync(Problem problem, CompileResponse compiled, List<(TestCase, bool)> tests, IJudgeObserver? observer,
        Stopwatch total, CancellationToken cancellationToken, bool captureOutputs = false)
    {
        if (observer is not null) await observer.OnPhaseAsync(JudgePhase.Running, tests.Count, cancellationToken);
        var execution = new TestExecution(problem, compiled, _options, observer, captureOutputs);
        List<TestOutcome> outcomes;
        string? message;
        double startMs, checkMs;
        try
        {
            (outcomes, message, startMs, checkMs) = await execution.RunAsync(_runners, tests, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _logger.LogError(e, "Judging {Problem} failed inside the judge", problem.Id);
            EngineMetrics.SandboxFailures.Add(1, new KeyValuePair<string, object?>("stage", "run"));
            // The judge's own fault (a runner that cannot start, a broken custom checker): never the submission's.
            return new JudgeResult(Verdict.InternalError, [], tests.Count, $"internal error: {e.Message}", [],
                new JudgeTimings(compiled.CompileMs, 0, 0, 0, total.Elapsed.TotalMilliseconds), Isolation);
        }
        var verdict = outcomes.FirstOrDefault(o => o.Verdict != Verdict.Accepted)?.Verdict ?? Verdict.Accepted;
        var runMs = outcomes.Sum(o => o.TimeMs);
        return new JudgeResult(verdict, outcomes, tests.Count, message, [],
            new JudgeTimings(compiled.CompileMs, startMs, runMs, checkMs, total.Elapsed.TotalMilliseconds), Isolation, execution.Usage)
        {
            Evidence = execution.Evidence,
            Outputs = execution.Outputs,
        };
    }

    public async ValueTask DisposeAsync()
    {
        await _runners.DisposeAsync();
        await _compiler.DisposeAsync();
        try { Directory.Delete(_workDirectory, recursive: true); }
        catch (IOException) { }
    }
}
