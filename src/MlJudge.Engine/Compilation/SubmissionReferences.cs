using Microsoft.CodeAnalysis;
using Net100 = Basic.Reference.Assemblies.Net100;

namespace MlJudge.Engine.Compilation;

/// <summary>
/// Submissions compile against reference assemblies shipped with the judge, never the runtime's
/// implementation assemblies, and only those an exercise can need.
/// </summary>
internal static class SubmissionReferences
{
    public static readonly IReadOnlyList<MetadataReference> All =
    [
        Net100.References.SystemRuntime,
        Net100.References.SystemCollections,
        Net100.References.SystemLinq,
        Net100.References.SystemConsole,
        Net100.References.SystemRuntimeNumerics,
        Net100.References.SystemNumericsVectors,
        Net100.References.SystemMemory,
    ];

    public static readonly IReadOnlyList<string> ImplicitUsings = ["System", "System.Linq", "System.Collections.Generic"];
}
