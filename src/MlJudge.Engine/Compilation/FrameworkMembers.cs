using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace MlJudge.Engine.Compilation;

/// <summary>
/// The member-exact list, generated once from the reference assemblies submissions compile against: every
/// member of every type <see cref="ApiAllowlist"/> allows, each decided by <see cref="MemberSafetyRule"/>.
/// The semantic policy and the metadata scanner both look members up here, by <see cref="MemberKeys"/>.
/// </summary>
internal static class FrameworkMembers
{
    public sealed record Member(ISymbol Symbol, string Key, string? Refusal);

    private sealed record Lists(IReadOnlyList<Member> All, IReadOnlyDictionary<string, string> Refused, IReadOnlySet<string> RefusedNames);

    private static readonly Lazy<Lists> Generated = new(Generate);

    /// <summary>Every member of every allowed framework type, with the rule's decision.</summary>
    public static IReadOnlyList<Member> All => Generated.Value.All;

    /// <summary>Why the member with this key is refused, or null when it is allowed (or not a member of an allowed type).</summary>
    public static string? Refusal(string key) => Generated.Value.Refused.GetValueOrDefault(key);

    /// <summary>
    /// Whether every overload named "Type::Name" is refused: the scanner refuses such a name whatever the
    /// signature it reads, so a mismatch between the two spellings of a key can only ever refuse more.
    /// </summary>
    public static bool IsNameRefused(string typeKey, string name) => Generated.Value.RefusedNames.Contains($"{typeKey}::{name}");

    /// <summary>
    /// Refused members the compiler itself emits for safe C#: `Span&lt;T&gt; s = stackalloc T[n]` and
    /// `ReadOnlySpan&lt;byte&gt; b = [1, 2]` become these constructors over the stack or the assembly's data, with
    /// the length the compiler computed. Source cannot name them: without `unsafe` it cannot spell a pointer.
    /// </summary>
    private static readonly HashSet<string> CompilerEmitted =
    [
        "System.Span`1::.ctor(System.Void*,System.Int32):System.Void",
        "System.ReadOnlySpan`1::.ctor(System.Void*,System.Int32):System.Void",
    ];

    /// <summary>Why the emitted assembly may not reference the member with this key (the same list, plus what only the compiler emits).</summary>
    public static string? ReferenceRefusal(string key) => CompilerEmitted.Contains(key) ? null : Refusal(key);

    /// <summary>Why the source may not use this framework member (the same list the scanner applies to the IL).</summary>
    public static string? Refusal(ISymbol symbol) => symbol switch
    {
        IMethodSymbol method => Refusal(MemberKeys.MethodKey(method)),
        IFieldSymbol field => Refusal(MemberKeys.FieldKey(field)),
        IPropertySymbol property => Accessors(property.GetMethod, property.SetMethod),
        IEventSymbol @event => Accessors(@event.AddMethod, @event.RemoveMethod),
        _ => null,
    };

    private static string? Accessors(params IMethodSymbol?[] accessors) =>
        accessors.Where(a => a is not null).Select(a => Refusal(MemberKeys.MethodKey(a!))).FirstOrDefault(r => r is not null);

    private static Lists Generate()
    {
        var compilation = CSharpCompilation.Create("FrameworkMembers", references: SubmissionReferences.All);
        var all = new List<Member>();
        foreach (var reference in SubmissionReferences.All)
        {
            if (compilation.GetAssemblyOrModuleSymbol(reference) is not IAssemblySymbol assembly) continue;
            foreach (var type in Types(assembly.GlobalNamespace))
            {
                var outer = type;
                while (outer.ContainingType is { } parent) outer = parent;
                if (!ApiAllowlist.IsTypeAllowed(outer.ContainingNamespace.ToDisplayString(), outer.MetadataName)) continue;
                foreach (var symbol in type.GetMembers())
                {
                    if (symbol.DeclaredAccessibility is Accessibility.Private or Accessibility.Internal) continue;
                    if (symbol is IMethodSymbol method) all.Add(new(method, MemberKeys.MethodKey(method), MemberSafetyRule.Violation(method)));
                    else if (symbol is IFieldSymbol field) all.Add(new(field, MemberKeys.FieldKey(field), MemberSafetyRule.Violation(field)));
                }
            }
        }
        var refused = new Dictionary<string, string>();
        foreach (var member in all.Where(m => m.Refusal is not null)) refused.TryAdd(member.Key, member.Refusal!);
        var refusedNames = all.GroupBy(m => $"{MemberKeys.TypeKey(m.Symbol.ContainingType)}::{m.Symbol.MetadataName}")
            .Where(g => g.All(m => m.Refusal is not null))
            .Select(g => g.Key)
            .ToHashSet();
        return new Lists(all, refused, refusedNames);
    }

    private static IEnumerable<INamedTypeSymbol> Types(INamespaceOrTypeSymbol container)
    {
        foreach (var member in container.GetMembers())
        {
            if (member is INamespaceSymbol ns)
                foreach (var type in Types(ns)) yield return type;
            else if (member is INamedTypeSymbol type && type.DeclaredAccessibility is Accessibility.Public or Accessibility.Protected or Accessibility.ProtectedOrInternal)
            {
                yield return type;
                foreach (var nested in Types(type)) yield return nested;
            }
        }
    }
}
