using System.Text.Json.Nodes;

namespace MlJudge.Engine.Checking;

/// <summary>
/// The result of checking one output. <see cref="Message"/> is shown for every test and must not reveal
/// inputs or expected values; <see cref="Detail"/> is shown for sample tests only.
/// </summary>
public sealed record CheckResult(bool Passed, string? Message, string? Detail)
{
    public static CheckResult Pass() => new(true, null, null);

    public static CheckResult Fail(string message, string? detail = null) => new(false, message, detail);
}

public interface IChecker
{
    CheckResult Check(JsonObject args, JsonNode? expected, JsonNode? got);
}

/// <summary>Implemented by a problem's checker.cs (trusted code, compiled once when the problem loads).</summary>
public interface ICustomChecker : IChecker;

public sealed class CheckerLoadException(string message) : Exception(message);
