using MlJudge.Engine.Judging;
using MlJudge.Engine.Problems;
using MlJudge.Engine.Sandbox;
using MlJudge.Engine.Tests.Support;

namespace MlJudge.Engine.Tests.Sandbox;

/// <summary>The util-linux fallback used where bubblewrap is not installed.</summary>
[Collection(EngineCollection.Name)]
public sealed class UnshareFallbackTests : IAsyncLifetime
{
    private JudgeEngine _engine = null!;
    private readonly ProblemFolderBuilder _folder = new();

    public async Task InitializeAsync() =>
        _engine = await JudgeEngine.StartAsync(new JudgeEngineOptions { RunnerPoolSize = 1, ForceIsolation = IsolationKind.Unshare }, CancellationToken.None);

    public async Task DisposeAsync()
    {
        await _engine.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task Submissions_are_judged_and_limits_enforced_without_bubblewrap()
    {
        Assert.StartsWith("unshare", _engine.Isolation);
        var problem = ProblemLoader.Load(_folder.Folder);
        var accepted = await _engine.JudgeAsync(problem, "double[] DoubleIt(double[] x) => x.Select(v => v * 2).ToArray();", JudgeMode.Full, null, CancellationToken.None);
        Assert.Equal(Verdict.Accepted, accepted.Verdict);
        var hog = await _engine.JudgeAsync(problem, "double[] DoubleIt(double[] x) { var keep = new List<double[]>(); while (true) keep.Add(new double[1 << 20]); }", JudgeMode.Full, null, CancellationToken.None);
        Assert.Equal(Verdict.MemoryLimitExceeded, hog.Verdict);
        var loop = await _engine.JudgeAsync(problem, "double[] DoubleIt(double[] x) { while (true) { } }", JudgeMode.Full, null, CancellationToken.None);
        Assert.Equal(Verdict.TimeLimitExceeded, loop.Verdict);
    }

    [Fact]
    public async Task Untrusted_code_is_refused_when_no_isolation_is_available_unless_allowed()
    {
        var e = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            JudgeEngine.StartAsync(new JudgeEngineOptions { ForceIsolation = IsolationKind.None }, CancellationToken.None));
        Assert.Contains("No OS isolation", e.Message);
    }
}
