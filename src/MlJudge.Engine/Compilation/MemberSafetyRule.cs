using Microsoft.CodeAnalysis;

namespace MlJudge.Engine.Compilation;

/// <summary>
/// The rule that decides, from its signature alone, whether a framework member can read or write memory
/// outside a managed object's bounds. Types are allowed wholesale by <see cref="ApiAllowlist"/>; this rule
/// takes back every member of them that could be a window onto foreign memory, whatever its namespace, so
/// a member a future framework adds is judged by its shape, not by someone remembering to list it.
/// </summary>
internal static class MemberSafetyRule
{
    // Framework naming convention for unchecked members (Vector.LoadUnsafe, StoreUnsafe, GetPinnableReference,
    // DangerousGetPinnableReference, ...): the name is the documentation that no bounds check happens.
    private static readonly string[] UncheckedNameParts = ["Unsafe", "Pinnable", "Dangerous"];

    /// <summary>Why the member is refused, or null when its signature cannot reach outside an object.</summary>
    public static string? Violation(IMethodSymbol method)
    {
        if (UncheckedNameParts.Any(part => method.Name.Contains(part, StringComparison.OrdinalIgnoreCase)))
            return "it does no bounds check";
        if (HasPointer(method.ReturnType) || method.Parameters.Any(p => HasPointer(p.Type)))
            return "it takes or returns a pointer";
        if (method.RefKind != RefKind.None && !IsBoundedSpanElement(method))
            return "it returns a reference into memory it does not bound";
        var referencesAnElement = method.Parameters.Any(p => p.RefKind is RefKind.Ref or RefKind.In or RefKind.RefReadOnlyParameter && IsElementLike(p.Type));
        if (!referencesAnElement) return null;
        // A reference to one element plus an offset or a length is how unchecked loads, stores and spans are spelled.
        if (method.Parameters.Any(p => p.RefKind == RefKind.None && IsInteger(p.Type)))
            return "it takes a reference together with an offset or a length";
        // A span (or any ref struct) built from a reference views memory the reference does not bound.
        if (method.ReturnType.IsRefLikeType || method.MethodKind == MethodKind.Constructor && method.ContainingType.IsRefLikeType)
            return "it makes a span over a reference";
        return null;
    }

    public static string? Violation(IFieldSymbol field) =>
        HasPointer(field.Type) ? "it is a pointer" : field.RefKind != RefKind.None ? "it is a reference field" : null;

    public static bool HasPointer(ITypeSymbol type) => type switch
    {
        IPointerTypeSymbol or IFunctionPointerTypeSymbol => true,
        IArrayTypeSymbol array => HasPointer(array.ElementType),
        INamedTypeSymbol named => named.TypeArguments.Any(HasPointer) || named.ContainingType is { } outer && HasPointer(outer),
        _ => false,
    };

    // Span<T>'s and ReadOnlySpan<T>'s indexers and enumerators return a reference checked against the span's
    // own length, and a span can only be made (by the rest of this rule) over an array, a string or stack memory.
    private static bool IsBoundedSpanElement(IMethodSymbol method)
    {
        var type = method.ContainingType.OriginalDefinition;
        var outer = type.ContainingType ?? type;
        return outer.ContainingNamespace.ToDisplayString() == "System" && outer.MetadataName is "Span`1" or "ReadOnlySpan`1"
            && (type.ContainingType is null ? method.Name == "get_Item" : type.Name == "Enumerator" && method.Name == "get_Current");
    }

    // A reference to something that may be the first of many: a type parameter or any struct. (A reference to
    // a variable holding an object reference, as in Array.Resize(ref T[], int), only replaces that reference.)
    private static bool IsElementLike(ITypeSymbol type) => type is ITypeParameterSymbol || type.IsValueType;

    private static bool IsInteger(ITypeSymbol type) => type.SpecialType is SpecialType.System_Byte or SpecialType.System_SByte
        or SpecialType.System_Int16 or SpecialType.System_UInt16 or SpecialType.System_Int32 or SpecialType.System_UInt32
        or SpecialType.System_Int64 or SpecialType.System_UInt64 or SpecialType.System_IntPtr or SpecialType.System_UIntPtr;
}
