using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace MlJudge.Engine.Compilation;

/// <summary>
/// The second wall: reads the emitted assembly itself, so nothing the semantic policy missed (an attribute,
/// a compiler-synthesized call, an extern method) gets through.
/// </summary>
internal static class MetadataScanner
{
    private static readonly HashSet<string> ForbiddenAttributes =
    [
        "System.Runtime.CompilerServices.ModuleInitializerAttribute",
        "System.Runtime.CompilerServices.UnsafeAccessorAttribute",
        "System.Runtime.InteropServices.DllImportAttribute",
        "System.Runtime.InteropServices.StructLayoutAttribute",
        "System.Runtime.InteropServices.FieldOffsetAttribute",
        "System.Runtime.CompilerServices.SkipLocalsInitAttribute",
    ];

    public static List<string> Scan(byte[] image)
    {
        var problems = new List<string>();
        using var pe = new PEReader(new MemoryStream(image));
        var md = pe.GetMetadataReader();

        foreach (var handle in md.TypeReferences)
        {
            var reference = md.GetTypeReference(handle);
            var (ns, name) = FullName(md, reference);
            if (IsFramework(md, reference) && !ApiAllowlist.IsReferenceAllowed(ns, name, null))
                problems.Add($"the compiled code references '{Display(ns, name)}', which is not allowed");
        }
        foreach (var handle in md.MemberReferences)
        {
            var member = md.GetMemberReference(handle);
            // Members of generic instantiations (Span<double>..ctor, List<int>.Add) have a type specification as parent.
            if (DeclaringTypeReference(md, member.Parent) is not { } type) continue;
            if (!IsFramework(md, type)) continue;
            var (ns, name) = FullName(md, type);
            var memberName = md.GetString(member.Name);
            if (!ApiAllowlist.IsReferenceAllowed(ns, name, memberName))
                problems.Add($"the compiled code calls '{Display(ns, name)}.{memberName}', which is not allowed");
            else if (FrameworkMembers.IsNameRefused(Display(ns, name), memberName)
                || FrameworkMembers.ReferenceRefusal(SignatureKeyProvider.MemberKey(md, member, Display(ns, name))) is not null)
                problems.Add($"the compiled code calls '{Display(ns, name)}.{memberName}', which is not allowed (it can reach memory outside an object)");
        }
        foreach (var handle in md.TypeDefinitions)
        {
            var type = md.GetTypeDefinition(handle);
            // Overlapping fields are the danger; the compiler's own fieldless blobs for array initializers are harmless.
            if ((type.Attributes & TypeAttributes.LayoutMask) == TypeAttributes.ExplicitLayout && type.GetFields().Count > 0)
                problems.Add($"type '{md.GetString(type.Name)}' has an explicit layout, which is not allowed");
            foreach (var methodHandle in type.GetMethods())
            {
                var method = md.GetMethodDefinition(methodHandle);
                var name = md.GetString(method.Name);
                if ((method.Attributes & MethodAttributes.PinvokeImpl) != 0 || (method.ImplAttributes & MethodImplAttributes.InternalCall) != 0)
                    problems.Add($"method '{name}' is a native import, which is not allowed");
                else if (method.RelativeVirtualAddress == 0 && (method.Attributes & MethodAttributes.Abstract) == 0
                    && (method.ImplAttributes & MethodImplAttributes.Runtime) == 0)
                    problems.Add($"method '{name}' is extern, which is not allowed");
                if (name == ".cctor" && md.GetString(type.Name) == "<Module>")
                    problems.Add("module initializers are not allowed");
                if (name == "Finalize" && (method.Attributes & MethodAttributes.Virtual) != 0)
                    problems.Add("finalizers are not allowed");
            }
        }
        foreach (var handle in md.CustomAttributes)
        {
            var attribute = md.GetCustomAttribute(handle);
            if (AttributeTypeName(md, attribute) is { } attributeName && ForbiddenAttributes.Contains(attributeName))
                problems.Add($"attribute '{attributeName}' is not allowed");
        }
        return problems.Distinct().ToList();
    }

    private static TypeReference? DeclaringTypeReference(MetadataReader md, EntityHandle parent)
    {
        if (parent.Kind == HandleKind.TypeReference) return md.GetTypeReference((TypeReferenceHandle)parent);
        if (parent.Kind != HandleKind.TypeSpecification) return null;
        // A generic instantiation's blob is GENERICINST (CLASS|VALUETYPE) TypeDefOrRef count args...
        var blob = md.GetBlobReader(md.GetTypeSpecification((TypeSpecificationHandle)parent).Signature);
        if (blob.ReadSignatureTypeCode() != SignatureTypeCode.GenericTypeInstance) return null;
        blob.ReadCompressedInteger();
        var generic = blob.ReadTypeHandle();
        return generic.Kind == HandleKind.TypeReference ? md.GetTypeReference((TypeReferenceHandle)generic) : null;
    }

    private static bool IsFramework(MetadataReader md, TypeReference type)
    {
        while (type.ResolutionScope.Kind == HandleKind.TypeReference) type = md.GetTypeReference((TypeReferenceHandle)type.ResolutionScope);
        return type.ResolutionScope.Kind == HandleKind.AssemblyReference;
    }

    private static (string Namespace, string Name) FullName(MetadataReader md, TypeReference type)
    {
        if (type.ResolutionScope.Kind == HandleKind.TypeReference)
        {
            var (ns, outer) = FullName(md, md.GetTypeReference((TypeReferenceHandle)type.ResolutionScope));
            return (ns, $"{outer}/{md.GetString(type.Name)}");
        }
        return (md.GetString(type.Namespace), md.GetString(type.Name));
    }

    private static string Display(string ns, string name) => ns.Length == 0 ? name : $"{ns}.{name}";

    private static string? AttributeTypeName(MetadataReader md, CustomAttribute attribute)
    {
        if (attribute.Constructor.Kind == HandleKind.MethodDefinition)
        {
            // A submission may declare its own attribute named like a well-known one; Roslyn honours those by name.
            var declaring = md.GetTypeDefinition(md.GetMethodDefinition((MethodDefinitionHandle)attribute.Constructor).GetDeclaringType());
            return Display(md.GetString(declaring.Namespace), md.GetString(declaring.Name));
        }
        if (attribute.Constructor.Kind != HandleKind.MemberReference) return null;
        var ctor = md.GetMemberReference((MemberReferenceHandle)attribute.Constructor);
        if (ctor.Parent.Kind != HandleKind.TypeReference) return null;
        var (ns, name) = FullName(md, md.GetTypeReference((TypeReferenceHandle)ctor.Parent));
        return Display(ns, name);
    }
}
