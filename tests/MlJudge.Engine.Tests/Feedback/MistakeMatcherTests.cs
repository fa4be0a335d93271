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

    [Fact]
    public void Outputs_that_differ_from_the_mistakes_outputs_do_not_match_however_alike_the_vectors_are()
    {
        Assert.Null(MistakeMatcher.Score(Wa("AAWWAWWWWA"), Wa("AAWWAWWWWA"), (Agreed: 1, Compared: 3)));
        Assert.Null(MistakeMatcher.Score(Wa("AAWWAWWWWA"), Wa("AAWWAWWWWA"), (Agreed: 1, Compared: 2)));
    }

    [Fact]
    public void Outputs_that_are_mostly_the_mistakes_outputs_match_a_broadly_alike_vector_the_vector_rule_refuses()
    {
        // A different first failing test: no match by vector, a match by the same wrong numbers.
        Assert.Null(MistakeMatcher.Score(Wa("AWWWAWWWWA"), Wa("AAWWAWWWWA")));
        Assert.NotNull(MistakeMatcher.Score(Wa("AWWWAWWWWA"), Wa("AAWWAWWWWA"), (Agreed: 2, Compared: 3)));
        // The verdict must still be the same.
        Assert.Null(MistakeMatcher.Score(new Fingerprint(Verdict.RuntimeError, "AAWR------"), Wa("AAWWAWWWWA"), (Agreed: 1, Compared: 1)));
    }

    [Fact]
    public void Outputs_that_coincide_do_not_match_a_mistake_whose_vector_is_unlike()
    {
        // Small integer outputs coincide by chance; failing and passing overlaps of 0.29 and 0.38 say it is another bug.
        Assert.Null(MistakeMatcher.Score(Wa("WAWWAAAAAA"), Wa("AAWWAWWWWA"), (Agreed: 3, Compared: 3)));
    }

    [Fact]
    public void A_match_confirmed_by_outputs_outranks_any_match_by_vector_alone()
    {
        var byVector = MistakeMatcher.Score(Wa("AAWWAWWWWA"), Wa("AAWWAWWWWA"))!.Value;
        var byOutputs = MistakeMatcher.Score(Wa("AWWWAWWWWA"), Wa("AAWWAWWWWA"), (Agreed: 2, Compared: 3))!.Value;
        Assert.True(byOutputs > byVector, $"{byOutputs} <= {byVector}");
    }

    [Fact]
    public void Without_compared_outputs_the_vector_rule_decides()
    {
        Assert.Equal(MistakeMatcher.Score(Wa("AAWWAWWWWA"), Wa("AAWWAWWWWA")), MistakeMatcher.Score(Wa("AAWWAWWWWA"), Wa("AAWWAWWWWA"), default));
    }
}
