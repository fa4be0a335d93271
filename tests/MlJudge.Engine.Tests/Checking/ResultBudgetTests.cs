using System.Text.Json;
using System.Text.Json.Nodes;
using MlJudge.Engine.Checking;
using MlJudge.Engine.Judging;
using MlJudge.Engine.Problems;
using MlJudge.Engine.Sandbox;
using MlJudge.Runner.Protocol;

namespace MlJudge.Engine.Tests.Checking;

/// <summary>The judge checks a raw result in memory bounded by the test, and every checker still judges right.</summary>
public sealed class ResultBudgetTests
{
    private static TestCase Test(string expected, string args = """{"x":[1]}""") =>
        new("t", (JsonObject)JsonNode.Parse(args)!, JsonNode.Parse(expected));

    // A reply as the runner writes it, received with the test's budget.
    private static RunnerResult Reply(object? value, int keepBytes)
    {
        var stream = new MemoryStream();
        new ProtocolWriter(stream).Result(0, 1, null, w => w.WriteRawValue(JsonSerializer.SerializeToUtf8Bytes(value)));
        stream.Position = 0;
        var line = new LineChannel(stream, RunnerLimits.MaxReplyBytes).ReadLineAsync(keepBytes, CancellationToken.None).GetAwaiter().GetResult()!;
        return RunnerResult.Parse(line)!;
    }

    private static (CheckResult Check, JsonNode? Got) Check(IChecker checker, TestCase test, object? value) =>
        ResultChecking.Check(checker, test, Reply(value, OutputBudget.For(test, checker).KeepBytes)) ?? throw new Xunit.Sdk.XunitException("checker failed");

    [Fact]
    public void Every_built_in_checker_still_passes_a_right_answer()
    {
        Assert.True(Check(new ExactChecker(), Test("[1,2,3]"), new[] { 1, 2, 3 }).Check.Passed);
        Assert.True(Check(new AllCloseChecker(1e-9, 1e-12), Test("[0.1,\"NaN\"]"), new[] { 0.1 + 1e-17, double.NaN }.Select(d => (object)(double.IsNaN(d) ? "NaN" : d)).ToArray()).Check.Passed);
        Assert.True(Check(new UnorderedChecker(), Test("[[1,2],[3,4],[5,6]]"), new[] { new[] { 5, 6 }, new[] { 1, 2 }, new[] { 3, 4 } }).Check.Passed);
        Assert.True(Check(new PartitionChecker(), Test("[0,0,1,2]"), new[] { 7, 7, 3, 9 }).Check.Passed);
    }

    [Fact]
    public void One_token_more_than_the_expected_value_is_a_wrong_length_and_the_checker_never_sees_it()
    {
        var checker = new CountingChecker();
        var (check, got) = Check(checker, Test("[1,2,3]"), new[] { 1, 2, 3, 4 });

        Assert.Equal(MismatchKind.Length, check.Kind);
        Assert.Null(got);
        Assert.Equal(0, checker.Calls);
    }

    [Fact]
    public void A_result_far_larger_than_the_expected_value_is_never_kept()
    {
        var test = Test("[1,2,3]");
        var budget = OutputBudget.For(test, new ExactChecker());
        var result = Reply(new double[1_000_000], budget.KeepBytes);

        Assert.True(result.ValueCut);
        var (check, _) = ResultChecking.Check(new ExactChecker(), test, result)!.Value;
        Assert.Equal(HiddenTestMessages.MuchLarger, check.Message);
        Assert.True(budget.KeepBytes < 200 * 1024, $"kept {budget.KeepBytes} bytes for a three-element answer");
    }

    [Fact]
    public void A_custom_checker_gets_a_tree_no_larger_than_its_budget()
    {
        var test = Test("null", """{"n":3}""");
        var custom = new AcceptingCustomChecker();
        var budget = OutputBudget.For(test with { Expected = JsonValue.Create(0) }, custom);

        Assert.True(Check(custom, test with { Expected = JsonValue.Create(0) }, new[] { 1, 2, 3 }).Check.Passed);
        Assert.Equal(MismatchKind.Length, Check(custom, test with { Expected = JsonValue.Create(0) }, new int[(int)budget.MaxTokens + 1]).Check.Kind);
    }

    [Fact]
    public void Counting_tokens_stops_at_the_cap()
    {
        Assert.Equal(4, JsonSize.CountTokens("[1,2,3]"u8, 4));
        Assert.Equal(-1, JsonSize.CountTokens("[1,2,3,4]"u8, 4));
        Assert.Equal(-1, JsonSize.CountTokens("[1,2"u8, 100));
    }

    private sealed class CountingChecker : IChecker, ITokenExactChecker
    {
        public int Calls { get; private set; }

        public CheckResult Check(JsonObject args, JsonNode? expected, JsonNode? got)
        {
            Calls++;
            return CheckResult.Pass();
        }
    }

    private sealed class AcceptingCustomChecker : ICustomChecker
    {
        public CheckResult Check(JsonObject args, JsonNode? expected, JsonNode? got) => CheckResult.Pass();
    }
}
