using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MlJudge.Engine.Compilation;

/// <summary>
/// The compile-time policy: every symbol the source binds to is checked by its assembly and metadata name
/// (source-declared symbols are the submission's own and always fine; what they call is checked in turn).
/// </summary>
internal static class ApiPolicy
{
    public const string DiagnosticId = "MLJ0001";

    public static List<(Location Location, string Message)> Check(Microsoft.CodeAnalysis.Compilation compilation, int maxViolations)
    {
        var violations = new List<(Location, string)>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var node in tree.GetRoot().DescendantNodes())
            {
                if (violations.Count >= maxViolations) return violations;
                if (SyntaxViolation(node) is { } syntaxMessage)
                {
                    violations.Add((node.GetLocation(), syntaxMessage));
                    continue;
                }
                if (node is not (ExpressionSyntax or AttributeSyntax or ConstructorInitializerSyntax or PrimaryConstructorBaseTypeSyntax)) continue;
                var info = model.GetSymbolInfo(node);
                var symbol = info.Symbol ?? info.CandidateSymbols.FirstOrDefault();
                var reason = symbol is null ? null : SymbolViolation(symbol);
                if (reason is null && node is ExpressionSyntax expression)
                {
                    var typeInfo = model.GetTypeInfo(expression);
                    reason = TypeViolation(typeInfo.Type) ?? TypeViolation(typeInfo.ConvertedType);
                }
                // An outer expression already reported names the same symbol as its parts.
                if (reason is not null && !violations.Any(v => v.Item2 == reason && v.Item1.SourceSpan.Contains(node.Span)))
                    violations.Add((node.GetLocation(), reason));
            }
        }
        return violations;
    }

    private static string? SyntaxViolation(SyntaxNode node) => node switch
    {
        MakeRefExpressionSyntax or RefTypeExpressionSyntax or RefValueExpressionSyntax => "__makeref, __reftype and __refvalue are not allowed",
        ExpressionSyntax when node.IsKind(SyntaxKind.ArgListExpression) => "__arglist is not allowed",
        DestructorDeclarationSyntax => "finalizers are not allowed",
        FunctionPointerTypeSyntax => "function pointers are not allowed",
        MemberDeclarationSyntax member when member.Modifiers.Any(SyntaxKind.ExternKeyword) => "extern members are not allowed",
        LocalFunctionStatementSyntax local when local.Modifiers.Any(SyntaxKind.ExternKeyword) => "extern members are not allowed",
        _ => null,
    };

    private static string? SymbolViolation(ISymbol symbol)
    {
        switch (symbol)
        {
            case ITypeSymbol type:
                return TypeViolation(type);
            case INamespaceSymbol or ILocalSymbol or IParameterSymbol or ILabelSymbol or IRangeVariableSymbol or IDiscardSymbol:
                return symbol is ILocalSymbol local ? TypeViolation(local.Type) : null;
            case IMethodSymbol { MethodKind: MethodKind.FunctionPointerSignature }:
                return "function pointers are not allowed";
        }
        if (symbol is IMethodSymbol { ReducedFrom: { } reduced }) symbol = reduced;
        var container = symbol.ContainingType;
        if (container is null) return null;
        if (TypeViolation(container) is { } containerReason) return containerReason;
        if (IsFromSource(container)) return symbol is IMethodSymbol m ? TypeArgumentsViolation(m.TypeArguments) : null;
        var outer = Outermost(container);
        var ns = outer.ContainingNamespace.ToDisplayString();
        if (!ApiAllowlist.IsMemberAllowed(ns, outer.MetadataName, symbol.MetadataName))
            return $"'{container.ToDisplayString()}.{symbol.Name}' is not allowed in submissions";
        if (FrameworkMembers.Refusal(symbol) is { } refusal)
            return $"'{container.ToDisplayString()}.{symbol.Name}' is not allowed in submissions: {refusal}";
        return symbol switch
        {
            IMethodSymbol method => TypeArgumentsViolation(method.TypeArguments) ?? TypeViolation(method.ReturnType),
            IPropertySymbol property => TypeViolation(property.Type),
            IFieldSymbol field => TypeViolation(field.Type),
            _ => null,
        };
    }

    private static string? TypeArgumentsViolation(IEnumerable<ITypeSymbol> arguments) =>
        arguments.Select(TypeViolation).FirstOrDefault(r => r is not null);

    private static string? TypeViolation(ITypeSymbol? type)
    {
        switch (type)
        {
            case null or ITypeParameterSymbol or IErrorTypeSymbol:
                return null;
            case IDynamicTypeSymbol:
                return "dynamic is not allowed";
            case IPointerTypeSymbol or IFunctionPointerTypeSymbol:
                return "pointers are not allowed";
            case IArrayTypeSymbol array:
                return TypeViolation(array.ElementType);
            case INamedTypeSymbol named:
                if (named.IsTupleType) return TypeArgumentsViolation(named.TupleElements.Select(e => e.Type));
                if (TypeArgumentsViolation(named.TypeArguments) is { } argumentReason) return argumentReason;
                if (IsFromSource(named)) return null;
                var outer = Outermost(named.OriginalDefinition);
                return ApiAllowlist.IsTypeAllowed(outer.ContainingNamespace.ToDisplayString(), outer.MetadataName)
                    ? null
                    : $"'{named.OriginalDefinition.ToDisplayString()}' is not allowed in submissions";
            default:
                return null;
        }
    }

    private static bool IsFromSource(ISymbol symbol) => symbol.Locations.Any(l => l.IsInSource);

    private static INamedTypeSymbol Outermost(INamedTypeSymbol type)
    {
        while (type.ContainingType is { } parent) type = parent;
        return type;
    }
}
