using System.Text.Json;
using MlJudge.Engine.Judging;
using MlJudge.Engine.Problems;
using MlJudge.Engine.Tests.Support;

namespace MlJudge.Engine.Tests.Hostile;

/// <summary>
/// Every file in Hostile/corpus declares the verdict it must get. After each: the verdict is right, no
/// process or cgroup of it is left, the problem folder is untouched, nothing secret or hidden appears in
/// the result, and an ordinary submission right after it is judged normally.
/// </summary>
[Collection(EngineCollection.Name)]
public sealed class HostileCorpusTests(EngineFixture fixture) : IDisposable
{
    private const string Secret = "hunter2-do-not-leak";
    private readonly ProblemFolderBuilder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string CorpusFolder => Path.Combine(AppContext.BaseDirectory, "Hostile", "corpus");

    public static IEnumerable<object[]> Corpus() =>
        Directory.GetFiles(CorpusFolder, "*.cs").Order(StringComparer.Ordinal).Select(f => new object[] { Path.GetFileNameWithoutExtension(f) });

    [Fact]
    public void The_corpus_covers_at_least_45_hostile_submissions() => Assert.True(Corpus().Count() >= 45);

    [Theory]
    [MemberData(nameof(Corpus))]
    public async Task Hostile_submission_gets_its_verdict_and_leaves_nothing_behind(string name)
    {
        var source = await File.ReadAllTextAsync(Path.Combine(CorpusFolder, name + ".cs"));
        var expected = Enum.Parse<Verdict>(source.Split('\n')[0].Replace("// expect:", "").Trim());
        await AssertHostile(source, expected);
    }

    [Fact]
    public async Task A_ten_megabyte_array_initializer_is_a_compilation_error()
    {
        var literal = string.Join(",", Enumerable.Range(0, 1_500_000).Select(i => (i % 1000).ToString()));
        await AssertHostile($"static readonly int[] Big = {{ {literal} }};\ndouble[] DoubleIt(double[] x) => x;", Verdict.CompilationError);
    }

    private async Task AssertHostile(string source, Verdict expected)
    {
        Environment.SetEnvironmentVariable("MLJUDGE_TEST_SECRET", Secret);
        var problem = ProblemLoader.Load(_folder.Folder);

        var result = await fixture.Engine.JudgeAsync(problem, source, JudgeMode.Full, null, CancellationToken.None);

        Assert.True(expected == result.Verdict, $"expected {expected}, got {result.Verdict}: {result.Message} {string.Join("; ", result.Tests.Select(t => t.Message))}");
        var json = JsonSerializer.Serialize(result);
        Assert.DoesNotContain(Secret, json);
        foreach (var hidden in result.Tests.Where(t => !t.IsSample))
        {
            Assert.Null(hidden.Input);
            Assert.Null(hidden.Got);
            Assert.Null(hidden.Stdout);
            Assert.DoesNotContain("300", hidden.Message ?? "");
            Assert.DoesNotContain("input", hidden.Message ?? "");
        }
        Assert.Equal(problem.ContentHash, ProblemLoader.Load(_folder.Folder).ContentHash);
        await AssertNoRunnerLeftBehind();

        var ordinary = await fixture.Engine.JudgeAsync(problem, "double[] DoubleIt(double[] x) => x.Select(v => v * 2).ToArray();", JudgeMode.Full, null, CancellationToken.None);
        Assert.Equal(Verdict.Accepted, ordinary.Verdict);
    }

    // A used runner is torn down just after its verdict, so a group listed a moment ago may be gone when read.
    private static int ProcessesIn(string group)
    {
        try
        {
            return File.ReadAllLines(Path.Combine(group, "cgroup.procs")).Length;
        }
        catch (Exception e) when (e is DirectoryNotFoundException or FileNotFoundException)
        {
            return 0;
        }
    }

    // Runner cgroups are named runner-<judge pid>-<id>; only the warm pool may remain once a judgement is over (the used
    // runner's teardown runs just after the verdict, hence the retries).
    private static async Task AssertNoRunnerLeftBehind()
    {
        var root = "/sys/fs/cgroup/pids/mljudge";
        if (!Directory.Exists(root)) root = "/sys/fs/cgroup/mljudge";
        var mine = $"runner-{Environment.ProcessId}-";
        for (var attempt = 0; ; attempt++)
        {
            var groups = Directory.GetDirectories(root).Where(d => Path.GetFileName(d).StartsWith(mine, StringComparison.Ordinal)).ToList();
            var processes = groups.Sum(ProcessesIn);
            // Each warm runner is one process tree: bwrap, its init and the runtime (a few pids at most).
            if (groups.Count <= EngineFixture.PoolSize) return;
            if (attempt == 20) Assert.Fail($"{groups.Count} runner groups with {processes} processes remain; the pool holds {EngineFixture.PoolSize}");
            await Task.Delay(100);
        }
    }
}
