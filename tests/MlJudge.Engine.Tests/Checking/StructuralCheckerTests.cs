using System.Text.Json.Nodes;
using MlJudge.Engine.Checking;

namespace MlJudge.Engine.Tests.Checking;

public class StructuralCheckerTests
{
    private static readonly JsonObject NoArgs = new();

    private static bool Passes(IChecker checker, string expected, string got) => checker.Check(NoArgs, JsonNode.Parse(expected), JsonNode.Parse(got)).Passed;

    [Fact]
    public void Exact_compares_numbers_by_value_and_everything_else_structurally()
    {
        var exact = new ExactChecker();
        Assert.True(Passes(exact, "[1, 2, [3]]", "[1.0, 2, [3.0]]"));
        Assert.False(Passes(exact, "[1, 2]", "[2, 1]"));
        Assert.False(Passes(exact, "3", "3.0000001"));
        Assert.True(Passes(exact, "\"abc\"", "\"abc\""));
        Assert.False(Passes(exact, "true", "1"));
    }

    [Fact]
    public void Unordered_accepts_any_permutation_of_the_same_multiset_only()
    {
        var unordered = new UnorderedChecker();
        Assert.True(Passes(unordered, "[3, 1, 2, 1]", "[1, 1, 2, 3]"));
        Assert.True(Passes(unordered, "[[0, 1], [2, 3]]", "[[2, 3], [0, 1]]"));
        Assert.False(Passes(unordered, "[1, 1, 2]", "[1, 2, 2]"));
        Assert.False(Passes(unordered, "[1, 2]", "[1, 2, 3]"));
    }

    [Fact]
    public void Partition_accepts_renamed_labels_but_not_a_different_grouping()
    {
        var partition = new PartitionChecker();
        Assert.True(Passes(partition, "[0, 0, 1, 2, 1]", "[5, 5, 0, 9, 0]"));
        Assert.False(Passes(partition, "[0, 0, 1, 1]", "[0, 1, 1, 1]"));
        // Two expected groups may not merge into one label.
        Assert.False(Passes(partition, "[0, 1]", "[7, 7]"));
    }
}
