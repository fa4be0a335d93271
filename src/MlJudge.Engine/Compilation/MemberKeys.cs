using Microsoft.CodeAnalysis;

namespace MlJudge.Engine.Compilation;

/// <summary>
/// One spelling of a framework member's identity that both walls can compute: the semantic policy from a
/// Roslyn symbol, the metadata scanner from a member reference's signature blob (see
/// <see cref="SignatureKeyProvider"/>). Type parameters are positional (!n, !!n), every by-ref is "&amp;",
/// custom modifiers are dropped, so `ref`, `in` and `out` spell alike, exactly as the emitted IL does.
/// </summary>
internal static class MemberKeys
{
    /// <summary>"System.Span`1", "System.Span`1/Enumerator": the metadata name of a type definition.</summary>
    public static string TypeKey(INamedTypeSymbol type)
    {
        type = type.OriginalDefinition;
        var nested = new Stack<string>();
        while (type.ContainingType is { } parent)
        {
            nested.Push(type.MetadataName);
            type = parent;
        }
        var ns = type.ContainingNamespace is { IsGlobalNamespace: false } n ? n.ToDisplayString() + "." : "";
        return ns + type.MetadataName + string.Concat(nested.Select(name => "/" + name));
    }

    public static string MethodKey(IMethodSymbol method)
    {
        method = method.OriginalDefinition;
        var arity = method.Arity > 0 ? $"`{method.Arity}" : "";
        var parameters = string.Join(",", method.Parameters.Select(p => (p.RefKind == RefKind.None ? "" : "&") + Type(p.Type)));
        var returns = (method.RefKind == RefKind.None ? "" : "&") + Type(method.ReturnType);
        return $"{TypeKey(method.ContainingType)}::{method.MetadataName}{arity}({parameters}):{returns}";
    }

    public static string FieldKey(IFieldSymbol field)
    {
        field = field.OriginalDefinition;
        return $"{TypeKey(field.ContainingType)}::{field.MetadataName}:{(field.RefKind == RefKind.None ? "" : "&")}{Type(field.Type)}";
    }

    public static string Type(ITypeSymbol type) => type switch
    {
        IArrayTypeSymbol array => Type(array.ElementType) + (array.IsSZArray ? "[]" : $"[{new string(',', array.Rank - 1)}]"),
        IPointerTypeSymbol pointer => Type(pointer.PointedAtType) + "*",
        IFunctionPointerTypeSymbol => "method*",
        ITypeParameterSymbol { TypeParameterKind: TypeParameterKind.Method } parameter => $"!!{parameter.Ordinal}",
        ITypeParameterSymbol parameter => $"!{OuterArity(parameter.DeclaringType) + parameter.Ordinal}",
        IDynamicTypeSymbol => "System.Object",
        INamedTypeSymbol named => Named(named),
        _ => "?" + type.MetadataName,
    };

    // Metadata flattens the type arguments of enclosing generic types into the nested type's own list.
    private static string Named(INamedTypeSymbol named)
    {
        if (named.IsTupleType && named.TupleUnderlyingType is { } underlying) named = underlying;
        var arguments = new List<ITypeSymbol>();
        for (var t = named; t is not null; t = t.ContainingType) arguments.InsertRange(0, t.TypeArguments);
        var key = TypeKey(named);
        return arguments.Count == 0 ? key : $"{key}<{string.Join(",", arguments.Select(Type))}>";
    }

    private static int OuterArity(INamedTypeSymbol? declaring)
    {
        var count = 0;
        for (var t = declaring?.ContainingType; t is not null; t = t.ContainingType) count += t.Arity;
        return count;
    }
}
