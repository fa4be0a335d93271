using System.Text.Json.Nodes;

namespace MlJudge.Engine.Checking;

/// <summary>What kind of difference a checker found: the only thing a hidden test's message says about it.</summary>
public enum MismatchKind
{
    /// <summary>Anything else, including every failure a problem's own checker reports.</summary>
    Other,
    Value,
    Length,
    Shape,
}

/// <summary>
/// The result of checking one output. <see cref="Message"/> and <see cref="Detail"/> are shown for sample tests
/// only; a hidden test shows a fixed message for <see cref="Kind"/> (HiddenTestMessages), since a checker's
/// text may carry an index or a length that the submission chose.
/// </summary>
public sealed record CheckResult(bool Passed, string? Message, string? Detail)
{
    public MismatchKind Kind { get; init; } = MismatchKind.Other;

    /// <summary>Which elements differ, from the built-in checkers; null from a problem's own checker (it may say nothing).</summary>
    public MismatchReport? Mismatches { get; init; }

    public static CheckResult Pass() => new(true, null, null);

    public static CheckResult Fail(string message, string? detail = null) => new(false, message, detail);

    internal static CheckResult Fail(MismatchKind kind, string message, string? detail = null, MismatchReport? mismatches = null) =>
        new(false, message, detail) { Kind = kind, Mismatches = mismatches };
}

public interface IChecker
{
    CheckResult Check(JsonObject args, JsonNode? expected, JsonNode? got);
}

/// <summary>
/// A checker that passes only a result with exactly as many JSON tokens as the expected value (the same shape,
/// or the same multiset): the judge refuses a result with more before parsing it.
/// </summary>
internal interface ITokenExactChecker : IChecker;

/// <summary>Implemented by a problem's checker.cs (trusted code, compiled once when the problem loads).</summary>
public interface ICustomChecker : IChecker;

public sealed class CheckerLoadException(string message) : Exception(message);
