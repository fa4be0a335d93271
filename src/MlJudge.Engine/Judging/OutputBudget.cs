using System.Runtime.CompilerServices;
using MlJudge.Engine.Checking;
using MlJudge.Engine.Problems;
using MlJudge.Engine.Sandbox;
using MlJudge.Runner.Protocol;

namespace MlJudge.Engine.Judging;

/// <summary>
/// How much of a submission's result the judge will hold for one test, derived from the test itself, so a
/// huge output costs the judge about as much as a right one. Bytes past <see cref="KeepBytes"/> are counted and
/// dropped while they stream in (the result is then "much larger than expected"); a kept result with more than
/// <see cref="MaxTokens"/> tokens is refused before any tree is built. Only what passes both is parsed.
/// </summary>
internal sealed record OutputBudget(int KeepBytes, long MaxTokens)
{
    // A right answer can be longer than the expected text (17 significant digits and an exponent for "0",
    // escapes in strings): 16 times its bytes plus slack covers every such spelling.
    private const int BytesFactor = 16;
    private const int SlackBytes = 64 * 1024;

    // A problem's own checker may accept a result shaped unlike the expected value (or have none), so its
    // token cap is relative to the whole test rather than exact.
    private const int CustomTokensFactor = 16;
    private const int CustomSlackTokens = 4096;

    // With no expected value (test generation runs the trusted reference this way) the result is bounded by the
    // hard cap in bytes and by a token count whose tree stays near 100 MB.
    private static readonly OutputBudget NoExpectedValue = new(RunnerLimits.MaxReplyBytes, 1_000_000);

    /// <summary>A custom run's input is the learner's: its outputs are capped at what a page can show, whatever the checker.</summary>
    public static readonly OutputBudget CustomRun = new(RunnerProcess.HeaderKeepBytes + 1024 * 1024, 200_000);

    private static readonly ConditionalWeakTable<TestCase, OutputBudget> TokenExact = new();
    private static readonly ConditionalWeakTable<TestCase, OutputBudget> Custom = new();

    public static OutputBudget For(TestCase test, IChecker checker) => checker switch
    {
        CustomRunChecker => CustomRun,
        ITokenExactChecker => TokenExact.GetValue(test, t => Create(JsonSize.Of(t.Expected), default, false)),
        _ when test.Expected is null => NoExpectedValue,
        _ => Custom.GetValue(test, t => Create(JsonSize.Of(t.Expected), JsonSize.Of(t.Args), true)),
    };

    private static OutputBudget Create(JsonSize expected, JsonSize args, bool custom)
    {
        var keep = RunnerProcess.HeaderKeepBytes + SlackBytes + BytesFactor * (expected.Bytes + args.Bytes);
        // A built-in checker passes only a result with exactly the expected's tokens (same shape, or the same
        // multiset for unordered and partition), so one token more is already wrong.
        var tokens = custom ? CustomSlackTokens + CustomTokensFactor * (expected.Tokens + args.Tokens) : expected.Tokens;
        return new OutputBudget((int)Math.Min(keep, RunnerLimits.MaxReplyBytes), tokens);
    }
}
