namespace MlJudge.Runner.Protocol;

/// <summary>Property names and type tags, written down once for the reader and the writer.</summary>
internal static class ProtocolNames
{
    public const string Type = "type";
    public const string Index = "index";
    public const string Ok = "ok";
    public const string Ms = "ms";
    public const string Stdout = "stdout";
    public const string Value = "value";
    public const string Exception = "exception";
    public const string ExceptionAssembly = "exceptionAssembly";
    public const string ExceptionMessage = "exceptionMessage";
    public const string Args = "args";
    public const string Assembly = "assembly";
    public const string Script = "script";
    public const string Method = "method";
    public const string ParameterTypes = "parameterTypes";
    public const string ReturnType = "returnType";
    public const string OutputLimitBytes = "outputLimitBytes";

    public const string Load = "load";
    public const string Test = "test";

    public static string Of(RunnerReplyKind kind) => kind switch
    {
        RunnerReplyKind.Ready => "ready",
        RunnerReplyKind.Loaded => "loaded",
        RunnerReplyKind.Result => "result",
        RunnerReplyKind.Error => "error",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static RunnerReplyKind? ParseKind(string? text) => text switch
    {
        "ready" => RunnerReplyKind.Ready,
        "loaded" => RunnerReplyKind.Loaded,
        "result" => RunnerReplyKind.Result,
        "error" => RunnerReplyKind.Error,
        _ => null,
    };
}
