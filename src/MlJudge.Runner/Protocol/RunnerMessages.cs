// Shared by the runner (inside the sandbox) and the engine (outside it). One JSON object per line.
// The runner only ever receives an assembly and test inputs; expected outputs never cross this boundary.
namespace MlJudge.Runner.Protocol;

public static class RunnerMessageTypes
{
    public const string Ready = "ready";
    public const string Load = "load";
    public const string Loaded = "loaded";
    public const string Test = "test";
    public const string Result = "result";
    public const string Error = "error";
}

/// <summary>Exit codes with which the runner reports a limit it detected itself.</summary>
public static class RunnerExitCodes
{
    public const int OutputLimitExceeded = 3;
    public const int OutOfMemory = 4;
    public const int ProtocolError = 5;
}

/// <summary>What the judge sends first: the compiled submission and its entry point.</summary>
public sealed record LoadMessage(
    string Type,
    string Assembly,
    bool Script,
    string Method,
    string[] ParameterTypes,
    string ReturnType,
    long OutputLimitBytes);

/// <summary>What the runner answers per test (and, with type "error", when loading fails).</summary>
public sealed record ResultMessage(
    string Type,
    int Index,
    bool Ok,
    System.Text.Json.JsonElement? Value,
    double Ms,
    string? Stdout,
    string? Exception,
    string? ExceptionMessage);
