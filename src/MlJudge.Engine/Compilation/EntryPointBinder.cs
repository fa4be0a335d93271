using Microsoft.CodeAnalysis;
using MlJudge.Engine.Judging;

namespace MlJudge.Engine.Compilation;

/// <summary>Checks that the submission declares the problem's entry method with exactly the declared types.</summary>
internal static class EntryPointBinder
{
    private static readonly SymbolDisplayFormat TypeFormat = SymbolDisplayFormat.CSharpShortErrorMessageFormat
        .WithMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.UseSpecialTypes);

    public static CompileDiagnostic? Find(Microsoft.CodeAnalysis.Compilation compilation, bool isClassForm, CompileRequest request)
    {
        var expected = $"{request.ReturnType} {request.Method}({string.Join(", ", request.ParameterTypes.Zip(request.ParameterNames, (t, n) => $"{t} {n}"))})";
        var container = isClassForm ? compilation.GetTypeByMetadataName("Solution") : compilation.ScriptClass;
        var candidates = container?.GetMembers(request.Method).OfType<IMethodSymbol>().Where(m => m.MethodKind == MethodKind.Ordinary).ToList() ?? [];
        var match = candidates.FirstOrDefault(m =>
            m.Parameters.Length == request.ParameterTypes.Length
            && m.Parameters.Select(p => p.Type.ToDisplayString(TypeFormat)).SequenceEqual(request.ParameterTypes)
            && m.Parameters.All(p => p.RefKind == RefKind.None)
            && m.ReturnType.ToDisplayString(TypeFormat) == request.ReturnType
            && !m.IsGenericMethod);
        if (match is not null) return null;

        var where = isClassForm ? "in class Solution" : "at the top level";
        var found = candidates.Count == 0
            ? ""
            : " Found: " + string.Join("; ", candidates.Select(c => $"{c.ReturnType.ToDisplayString(TypeFormat)} {c.Name}({string.Join(", ", c.Parameters.Select(p => p.Type.ToDisplayString(TypeFormat)))})")) + ".";
        var location = candidates.FirstOrDefault()?.Locations.FirstOrDefault(l => l.IsInSource)?.GetLineSpan();
        var line = (location?.StartLinePosition.Line ?? 0) + 1;
        var column = (location?.StartLinePosition.Character ?? 0) + 1;
        return new CompileDiagnostic("MLJ0002", "error", line, column, line, column,
            $"The submission must declare the method `{expected}` {where}.{found}");
    }
}
