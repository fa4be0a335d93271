using MlJudge.Engine.Feedback;
using MlJudge.Engine.Judging;

namespace MlJudge.Engine.Tests.Feedback;

/// <summary>
/// When `validate` calls a stored fingerprint stale: any real change of outcome, but not a test that ran out of
/// time on a loaded machine (that test and the ones after it depend on the load, not on the folder).
/// </summary>
public sealed class FingerprintAgreementTests
{
    private static Fingerprint F(Verdict verdict, string outcomes) => new(verdict, outcomes);

    [Fact]
    public void A_wrong_answer_that_ran_out_of_time_on_its_last_tests_still_agrees()
    {
        var stored = F(Verdict.WrongAnswer, "WWWWT--");
        Assert.True(stored.Agrees(F(Verdict.WrongAnswer, "WWWWWWW")));
        Assert.True(F(Verdict.WrongAnswer, "WWWWWWW").Agrees(stored));
    }

    [Fact]
    public void A_time_out_before_the_first_failure_agrees_either_way()
    {
        Assert.True(F(Verdict.WrongAnswer, "AAAW").Agrees(F(Verdict.TimeLimitExceeded, "AAT-")));
        Assert.True(F(Verdict.TimeLimitExceeded, "AAT-").Agrees(F(Verdict.WrongAnswer, "AAAW")));
    }

    [Fact]
    public void A_changed_outcome_before_any_time_out_is_stale()
    {
        Assert.False(F(Verdict.WrongAnswer, "AWWWT--").Agrees(F(Verdict.WrongAnswer, "AAWWWWW")));
        Assert.False(F(Verdict.WrongAnswer, "AAWW").Agrees(F(Verdict.WrongAnswer, "AAWA")));
    }

    [Fact]
    public void A_different_verdict_not_explained_by_a_time_out_is_stale()
    {
        Assert.False(F(Verdict.WrongAnswer, "AARR").Agrees(F(Verdict.RuntimeError, "AARR")));
        Assert.False(F(Verdict.WrongAnswer, "AAWT").Agrees(F(Verdict.TimeLimitExceeded, "AAWT")));
    }

    [Fact]
    public void A_slow_solution_agrees_wherever_its_time_ran_out_but_not_with_a_different_test_count()
    {
        Assert.True(F(Verdict.TimeLimitExceeded, "AAAAAT----").Agrees(F(Verdict.TimeLimitExceeded, "AAT-------")));
        Assert.False(F(Verdict.TimeLimitExceeded, "AAAAAT----").Agrees(F(Verdict.TimeLimitExceeded, "AAT------")));
    }
}
