using System.Text.Json.Nodes;

namespace MlJudge.Engine.Problems;

public sealed record Parameter(string Name, string Type);

public sealed record EntryPoint(string Method, IReadOnlyList<Parameter> Parameters, string Returns)
{
    public string Signature => $"{Returns} {Method}({string.Join(", ", Parameters.Select(p => $"{p.Type} {p.Name}"))})";
}

public sealed record ProblemSource(string Seed, string Question);

/// <summary>problem.yaml's checker: Rtol and Atol are 0 and File null unless the kind takes them (<see cref="Checking.CheckerRegistry"/>).</summary>
public sealed record CheckerSpec(Checking.CheckerKind Kind, double Rtol, double Atol, string? File)
{
    public Checking.CheckerDefinition Definition => Checking.CheckerRegistry.Of(Kind);
}

public sealed record Limits(int TimeMs, int MemoryMb);

public sealed record ProblemMetadata(
    string Title,
    string TitleZh,
    string Difficulty,
    IReadOnlyList<string> Tags,
    ProblemSource Source,
    EntryPoint EntryPoint,
    CheckerSpec Checker,
    Limits Limits,
    IReadOnlyDictionary<string, TestPurposeNote> TestPurposes)
{
    /// <summary>A hidden test's purpose: listed in testPurposes, or Discriminating.</summary>
    public TestPurpose PurposeOf(string hiddenTestName) =>
        TestPurposes.TryGetValue(hiddenTestName, out var note) ? note.Purpose : TestPurpose.Discriminating;
}

/// <summary>One test: arguments by parameter name and the expected value (null where a custom checker needs none).</summary>
public sealed record TestCase(string Name, JsonObject Args, JsonNode? Expected);

public sealed class Problem
{
    public required string Id { get; init; }
    public required string FolderPath { get; init; }
    public required ProblemMetadata Metadata { get; init; }
    public required string Statement { get; init; }

    /// <summary>statement.zh.md, the project's own Chinese translation; null until it is written (validate requires it).</summary>
    public string? StatementZh { get; init; }
    public required string StarterCode { get; init; }
    public required IReadOnlyList<TestCase> Samples { get; init; }
    public required IReadOnlyList<TestCase> Hidden { get; init; }

    /// <summary>SHA-256 over every file of the folder, so a server notices edits.</summary>
    public required string ContentHash { get; init; }

    public required Checking.IChecker Checker { get; init; }

    /// <summary>mistakes.yaml: a learner hint per known-bad solution (empty when the file is absent).</summary>
    public IReadOnlyList<Mistake> Mistakes { get; init; } = [];

    /// <summary>fingerprints.json: the outcome vector of each mistake's solution; null when not generated yet.</summary>
    public Feedback.FingerprintSet? Fingerprints { get; init; }
}

public sealed record ProblemError(string ProblemId, string File, string? Field, string Message)
{
    public override string ToString() => Field is null ? $"{File}: {Message}" : $"{File}: {Field}: {Message}";
}

public sealed record ProblemCatalog(IReadOnlyList<Problem> Problems, IReadOnlyList<ProblemError> Errors);

public sealed class ProblemFormatException(IReadOnlyList<ProblemError> errors)
    : Exception(string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<ProblemError> Errors { get; } = errors;

    public ProblemError Error => Errors[0];
}
