using System.Diagnostics.Metrics;
using MlJudge.Engine.Judging;

namespace MlJudge.Server.Metrics;

/// <summary>
/// The server's instruments on the "MlJudge.Server" meter: how deep the queue is, how long each stage of
/// judging takes, and which verdicts come out. Exported with the engine's meter at /metrics (MetricsEndpoints).
/// </summary>
public sealed class JudgeMetrics : IDisposable
{
    public const string MeterName = "MlJudge.Server";

    private readonly Meter _meter;
    private readonly Histogram<double> _stageMs;
    private readonly Counter<long> _verdicts;
    private long _queueDepth;

    public JudgeMetrics(IMeterFactory meters)
    {
        _meter = meters.Create(MeterName);
        _stageMs = _meter.CreateHistogram<double>("mljudge.judge.stage.duration", unit: "ms", description: "Time per judging stage (compile, sandbox_start, run, check, total)");
        _verdicts = _meter.CreateCounter<long>("mljudge.verdicts", description: "Judged submissions by verdict and kind");
        _meter.CreateObservableGauge("mljudge.queue.depth", () => Interlocked.Read(ref _queueDepth), description: "Submissions not yet finished (queued or being judged)");
    }

    public void SetQueueDepth(long depth) => Interlocked.Exchange(ref _queueDepth, depth);

    public void Record(JudgeResult result, Submissions.SubmissionKind kind)
    {
        var t = result.Timings;
        foreach (var (stage, ms) in new[] { ("compile", t.CompileMs), ("sandbox_start", t.SandboxStartMs), ("run", t.RunMs), ("check", t.CheckMs), ("total", t.TotalMs) })
            _stageMs.Record(ms, new KeyValuePair<string, object?>("stage", stage));
        _verdicts.Add(1, new KeyValuePair<string, object?>("verdict", result.Verdict.ToString()), new KeyValuePair<string, object?>("kind", kind.ToString()));
    }

    public void Dispose() => _meter.Dispose();
}
