using MlJudge.Engine.Checking;
using MlJudge.Engine.Judging;
using MlJudge.Engine.Problems;

namespace MlJudge.Engine.Tests.Checking;

public class MismatchRedactionTests
{
    private static readonly HiddenTestMessages Gate = new(new Limits(1000, 256), 64 * 1024);

    private static TestOutcome WrongAt(bool isSample) =>
        new(0, "t", isSample, Verdict.WrongAnswer, 1, HiddenTestMessages.WrongValue, Mismatches: MismatchReport.Positional([[3, 1]], false));

    [Fact]
    public void The_hidden_test_gate_drops_mismatch_paths_whatever_produced_them()
    {
        Assert.Null(Gate.Redact(WrongAt(isSample: false)).Mismatches);
    }

    [Fact]
    public void A_sample_keeps_its_mismatch_paths_through_the_gate()
    {
        Assert.Equal([3, 1], Assert.Single(Gate.Redact(WrongAt(isSample: true)).Mismatches!.Got));
    }
}
