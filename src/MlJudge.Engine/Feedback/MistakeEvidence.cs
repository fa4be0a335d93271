using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using MlJudge.Engine.Checking;
using MlJudge.Engine.Problems;

namespace MlJudge.Engine.Feedback;

/// <summary>A known mistake's own (wrong) output on one test it fails, kept in fingerprints.json.</summary>
[JsonConverter(typeof(MistakeOutputJson))]
public sealed record MistakeOutput(int Test, JsonNode Output);

/// <summary>Writes the output on one line inside the indented file: one element per line would bury the vectors in numbers.</summary>
internal sealed class MistakeOutputJson : JsonConverter<MistakeOutput>
{
    private sealed record Shape(int Test, JsonNode? Output);

    public override MistakeOutput? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize<Shape>(ref reader, options) is { } shape ? new MistakeOutput(shape.Test, shape.Output!) : null;

    public override void Write(Utf8JsonWriter writer, MistakeOutput value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber("test", value.Test);
        writer.WritePropertyName("output");
        writer.WriteRawValue(value.Output.ToJsonString());
        writer.WriteEndObject();
    }
}

/// <summary>
/// Outcome vectors alone cannot tell two different wrong answers apart when they fail the same tests (an unrelated
/// bug can fail exactly where a known mistake does). So `generate` keeps each mistake's outputs on a few of the tests
/// it fails, and the judge asks the problem's own checker whether a submission's output on those tests is the
/// mistake's output (with the mistake's output in the place of the expected value): the same wrong numbers are far
/// stronger evidence than the same failing tests.
/// </summary>
public static class MistakeEvidence
{
    /// <summary>Outputs kept per mistake: enough to tell the mistake from a bug that coincides on a few tests, few enough to keep the file small.</summary>
    public const int PerMistake = 5;

    /// <summary>Only small outputs are kept (compact JSON bytes), so fingerprints.json stays reviewable.</summary>
    public const int MaxOutputBytes = 2048;

    /// <summary>
    /// Picks a mistake's evidence from its captured outputs: wrong-answer tests whose output is small and that the checker
    /// accepts against itself (a NaN, or a checker that ignores the expected value, cannot confirm anything), spread evenly
    /// over all such tests in judging order. The first few failing tests are usually the simplest, where different bugs
    /// agree most often; spreading the choice takes outputs from the varied tests too.
    /// </summary>
    public static IReadOnlyList<MistakeOutput> Select(Problem problem, Fingerprint fingerprint, IReadOnlyDictionary<int, JsonNode> outputs)
    {
        // A checker that may judge without an expected value (a problem's own) need not compare two values at all, or
        // symmetrically (linear-svm-train's passes any objective no worse than the expected's): its agreement says nothing.
        if (problem.Metadata.Checker.Definition.ExpectedOptional) return [];
        var tests = AllTests(problem);
        var candidates = outputs.OrderBy(o => o.Key)
            .Where(o => o.Key < fingerprint.Outcomes.Length && fingerprint.Outcomes[o.Key] == 'W' && o.Key < tests.Count)
            .Where(o => JsonSize.Of(o.Value).Bytes <= MaxOutputBytes && Agrees(problem.Checker, tests[o.Key], o.Value, o.Value))
            .ToList();
        // Evenly spaced positions, the first and the last included.
        var chosen = candidates.Count <= PerMistake
            ? candidates
            : Enumerable.Range(0, PerMistake).Select(i => candidates[(int)Math.Round(i * (candidates.Count - 1) / (double)(PerMistake - 1))]);
        return chosen.Select(o => new MistakeOutput(o.Key, o.Value.DeepClone())).ToList();
    }

    /// <summary>Whether <paramref name="got"/> is, by the problem's checker, the same value as a mistake's output.</summary>
    internal static bool Agrees(IChecker checker, TestCase test, JsonNode mistakeOutput, JsonNode? got)
    {
        if (got is null) return false;
        try
        {
            return checker.Check(test.Args, mistakeOutput, got).Passed;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>Every test in judging order (samples, then hidden): the order fingerprints and evidence index into.</summary>
    internal static IReadOnlyList<TestCase> AllTests(Problem problem) => [.. problem.Samples, .. problem.Hidden];
}

/// <summary>
/// What one judging found about each mistake's kept outputs: on how many of its tests the submission was compared
/// (it reached the test) and on how many its output was the mistake's. Filled while the tests run; the outputs
/// themselves are not kept.
/// </summary>
public sealed class EvidenceTally
{
    private readonly Dictionary<string, (int Agreed, int Compared)> _counts = new(StringComparer.Ordinal);

    public (int Agreed, int Compared) For(string mistakeId) => _counts.GetValueOrDefault(mistakeId);

    /// <summary>Compares one test's output with every mistake output kept for that test (none for most tests).</summary>
    internal void Compare(Problem problem, int index, TestCase test, JsonNode? got)
    {
        if (problem.Fingerprints is not { } set) return;
        foreach (var (mistakeId, output) in set.EvidenceAt(index))
        {
            var (agreed, compared) = For(mistakeId);
            _counts[mistakeId] = (agreed + (MistakeEvidence.Agrees(problem.Checker, test, output, got) ? 1 : 0), compared + 1);
        }
    }
}
