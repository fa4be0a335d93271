using MlJudge.Engine.Problems;
using MlJudge.Engine.Tests.Support;

namespace MlJudge.Engine.Tests.Problems;

public class HiddenTestListTests
{
    [Fact]
    public void Hidden_tests_edited_on_disk_after_loading_are_refused_rather_than_judged()
    {
        using var folder = new ProblemFolderBuilder();
        var problem = ProblemLoader.Load(folder.Folder);
        folder.Hidden("02-empty", """{"x": [1]}""", "[2]");
        HiddenTestCache.Shared.Clear();
        Assert.Throws<InvalidOperationException>(() => problem.Hidden[0]);
    }

    [Fact]
    public void Hidden_tests_read_again_after_eviction_are_the_ones_loaded()
    {
        using var folder = new ProblemFolderBuilder();
        var problem = ProblemLoader.Load(folder.Folder);
        HiddenTestCache.Shared.Clear();
        Assert.Equal(["02-empty", "03-large"], problem.Hidden.Select(t => t.Name));
        Assert.Equal("[2e300,-2e-300]", problem.Hidden[1].Expected!.ToJsonString());
    }

    [Fact]
    public void The_cache_evicts_the_least_recently_used_problem_once_over_its_byte_budget()
    {
        using var a = new ProblemFolderBuilder();
        using var b = new ProblemFolderBuilder();
        var first = (HiddenTestList)ProblemLoader.Load(a.Folder).Hidden;
        var second = (HiddenTestList)ProblemLoader.Load(b.Folder).Hidden;
        var cache = new HiddenTestCache { BudgetBytes = first.Bytes + second.Bytes - 1 };
        var reads = 0;
        List<TestCase> Read() { reads++; return []; }
        cache.GetOrAdd(first, Read);
        cache.GetOrAdd(first, Read);
        Assert.Equal(1, reads);
        cache.GetOrAdd(second, Read); // over budget: the first goes
        cache.GetOrAdd(second, Read);
        Assert.Equal(2, reads);
        cache.GetOrAdd(first, Read);
        Assert.Equal(3, reads);
    }
}
