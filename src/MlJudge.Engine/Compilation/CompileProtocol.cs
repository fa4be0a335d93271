using MlJudge.Engine.Judging;

namespace MlJudge.Engine.Compilation;

/// <summary>A compile request as sent to the compile host: the source and the entry point it must declare.</summary>
public sealed record CompileRequest(long Id, string Source, string Method, string[] ParameterTypes, string[] ParameterNames, string ReturnType);

public sealed record CompileResponse(
    long Id,
    bool Success,
    bool Script,
    string? Assembly,
    IReadOnlyList<CompileDiagnostic> Diagnostics,
    string? Message,
    double CompileMs)
{
    public static CompileResponse Failure(long id, string message, IReadOnlyList<CompileDiagnostic>? diagnostics = null, double ms = 0) =>
        new(id, false, false, null, diagnostics ?? [], message, ms);
}
