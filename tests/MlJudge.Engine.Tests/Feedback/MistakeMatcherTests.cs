using MlJudge.Engine.Feedback;
using MlJudge.Engine.Judging;

namespace MlJudge.Engine.Tests.Feedback;

/// <summary>The matching rule alone, on outcome vectors: a hint only for a strong, unambiguous match.</summary>
public sealed class MistakeMatcherTests
{
    private static Fingerprint Wa(string outcomes) => new(Verdict.WrongAnswer, outcomes);

    [Fact]
    public void The_same_vector_matches()
    {
        Assert.NotNull(MistakeMatcher.Score(Wa("AAWWAWWWWA"), Wa("AAWWAWWWWA")));
    }

    [Fact]
    public void A_close_vector_with_the_same_first_failing_test_matches()
    {
        // One more failing test out of eleven: both overlaps stay at or above 0.8.
        Assert.NotNull(MistakeMatcher.Score(Wa("AAWWAWWWWWAAAAA"), Wa("AAWWAWWWWAAAAAA")));
    }

    [Fact]
    public void A_different_first_failing_test_does_not_match()
    {
        Assert.Null(MistakeMatcher.Score(Wa("AWWWAWWWWA"), Wa("AAWWAWWWWA")));
    }

    [Fact]
    public void Failing_nearly_everything_does_not_match_a_mistake_that_passes_some_tests()
    {
        Assert.Null(MistakeMatcher.Score(Wa("WWWWWWWWWWWWWWWWWWWW"), Wa("WWWWWWWWWWWWWWWWAAWW")));
    }

    [Fact]
    public void A_mistake_that_fails_nearly_every_test_never_matches()
    {
        Assert.Null(MistakeMatcher.Score(Wa("WWWW"), Wa("WWWW")));
        Assert.Null(MistakeMatcher.Score(Wa("WAWWWWWWWWWWWWW"), Wa("WAWWWWWWWWWWWWW")));
    }

    [Fact]
    public void A_different_verdict_does_not_match()
    {
        Assert.Null(MistakeMatcher.Score(new Fingerprint(Verdict.RuntimeError, "AARRRRR---"), Wa("AAWWWWWWWA")));
    }

    [Fact]
    public void A_time_limit_mistake_matches_a_correct_but_slow_submission_wherever_time_ran_out()
    {
        var known = new Fingerprint(Verdict.TimeLimitExceeded, "AAAAAT----");
        Assert.NotNull(MistakeMatcher.Score(new Fingerprint(Verdict.TimeLimitExceeded, "AAAT------"), known));
        Assert.Null(MistakeMatcher.Score(new Fingerprint(Verdict.TimeLimitExceeded, "AWAT------"), known));
    }
}
