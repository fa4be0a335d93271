using System.Text.Json.Nodes;
using MlJudge.Engine.Values;

namespace MlJudge.Engine.Problems;

/// <summary>What the hidden tests are for: counts by purpose, and every test that rejects nothing.</summary>
public sealed record TestCoverageReport(IReadOnlyList<ProblemError> Errors, IReadOnlyDictionary<TestPurpose, int> PurposeCounts)
{
    public override string ToString() =>
        string.Join(", ", PurposeCounts.Where(c => c.Value > 0).Select(c => $"{c.Value} {TestPurposeNote.Name(c.Key)}"));
}

/// <summary>
/// Makes "a test that rejects nothing" an error. A hidden test must fail at least one known-bad solution or one
/// trivial answer (<see cref="TrivialAnswers"/>, checked with the problem's checker directly, no sandbox), and an
/// allclose test must expect at least one value the tolerance can tell from zero; otherwise problem.yaml's
/// testPurposes must say what the test is for.
/// </summary>
public static class TestCoverage
{
    /// <param name="caughtByKnownBad">Hidden tests that some known-bad solution did not pass.</param>
    public static TestCoverageReport Analyze(Problem problem, IReadOnlySet<string> caughtByKnownBad)
    {
        var errors = new List<ProblemError>();
        var metadata = problem.Metadata;
        foreach (var test in problem.Hidden)
        {
            if (metadata.PurposeOf(test.Name) != TestPurpose.Discriminating) continue;
            var file = $"tests/hidden/{test.Name}.json";
            if (!caughtByKnownBad.Contains(test.Name) && TrivialAnswers.For(metadata.EntryPoint, test).All(a => Passes(problem, test, a.Value)))
                errors.Add(new ProblemError(problem.Id, file, null,
                    "rejects nothing: every known-bad solution and every trivial answer (zeros, ones, an echoed argument) passes it; " +
                    "make it discriminate, or list it under testPurposes in problem.yaml with its purpose and reason"));
            else if (metadata.Checker.Definition.Tolerance && BelowTolerance(test.Expected, metadata.Checker.Atol))
                errors.Add(new ProblemError(problem.Id, file, "expected",
                    $"every expected value is within atol={metadata.Checker.Atol:G3} of zero, so the test only checks for NaN/Infinity; " +
                    "scale the values up, or list it under testPurposes in problem.yaml with its purpose and reason"));
        }
        var counts = Enum.GetValues<TestPurpose>().ToDictionary(p => p, p => problem.Hidden.Count(t => metadata.PurposeOf(t.Name) == p));
        return new TestCoverageReport(errors, counts);
    }

    private static bool Passes(Problem problem, TestCase test, JsonNode? answer)
    {
        try
        {
            return problem.Checker.Check(test.Args, test.Expected, answer).Passed;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A custom checker that cannot digest the answer would not accept it either.
            return false;
        }
    }

    // True when the expected value holds a non-zero number and every number is finite and at most atol in size:
    // zero, or anything else that small, passes. An expected exact zero is a real claim and does not count.
    private static bool BelowTolerance(JsonNode? expected, double atol)
    {
        var numbers = new List<double>();
        Collect(expected, numbers);
        return numbers.Any(v => v != 0) && numbers.All(v => double.IsFinite(v) && Math.Abs(v) <= atol);
    }

    private static void Collect(JsonNode? node, List<double> numbers)
    {
        if (node is JsonArray array)
            foreach (var child in array) Collect(child, numbers);
        else if (JsonValues.TryGetDouble(node, out var value)) numbers.Add(value);
    }
}
