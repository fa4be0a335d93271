namespace MlJudge.Engine.Problems;

/// <summary>
/// Why a hidden test is in the catalog. Every hidden test must reject something (a known-bad solution or a
/// trivial answer fails it: see <see cref="TestCoverage"/>) unless problem.yaml's <c>testPurposes</c> lists it
/// with one of the other purposes and a reason.
/// </summary>
public enum TestPurpose
{
    /// <summary>Not listed: the test must fail some known-bad solution or trivial answer.</summary>
    Discriminating,
    /// <summary>Guards against a crash, NaN or Infinity (e.g. an empty input, values that underflow to zero).</summary>
    Robustness,
    /// <summary>Large input: exists to exceed the time or memory limit of a slow solution.</summary>
    Performance,
    /// <summary>A boundary of the specification (n = 1, a tie, an exact threshold) that no listed mistake happens to get wrong.</summary>
    Edge,
}

/// <summary>A <c>testPurposes</c> entry: "robustness: an empty input must not crash".</summary>
public sealed record TestPurposeNote(TestPurpose Purpose, string Reason)
{
    /// <summary>The purposes an entry may name (lowercase in problem.yaml); Discriminating is the default, never listed.</summary>
    public static readonly IReadOnlyList<TestPurpose> Listable = [TestPurpose.Robustness, TestPurpose.Performance, TestPurpose.Edge];

    public static (TestPurposeNote? Note, string? Error) Parse(string text)
    {
        var colon = text.IndexOf(':');
        var word = colon < 0 ? text.Trim() : text[..colon].Trim();
        var reason = colon < 0 ? "" : text[(colon + 1)..].Trim();
        var purpose = Listable.FirstOrDefault(p => Name(p) == word, TestPurpose.Discriminating);
        if (purpose == TestPurpose.Discriminating)
            return (null, $"must start with one of {string.Join(", ", Listable.Select(Name))}, then ': ' and the reason; found '{word}'");
        if (reason.Length == 0) return (null, $"'{word}' needs a reason after the colon, e.g. '{word}: an empty input must not crash'");
        return (new TestPurposeNote(purpose, reason), null);
    }

    public static string Name(TestPurpose purpose) => purpose.ToString().ToLowerInvariant();
}
