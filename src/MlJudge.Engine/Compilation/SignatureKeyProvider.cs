using System.Collections.Immutable;
using System.Reflection.Metadata;

namespace MlJudge.Engine.Compilation;

/// <summary>
/// Decodes a member reference's signature blob into the spelling <see cref="MemberKeys"/> gives Roslyn
/// symbols, so the metadata scanner looks members up in the same generated list as the semantic policy.
/// </summary>
internal sealed class SignatureKeyProvider : ISignatureTypeProvider<string, object?>
{
    public static string MemberKey(MetadataReader md, MemberReference member, string typeKey)
    {
        var provider = new SignatureKeyProvider();
        var name = md.GetString(member.Name);
        if (member.GetKind() == MemberReferenceKind.Field)
            return $"{typeKey}::{name}:{member.DecodeFieldSignature(provider, null)}";
        var signature = member.DecodeMethodSignature(provider, null);
        var arity = signature.GenericParameterCount > 0 ? $"`{signature.GenericParameterCount}" : "";
        return $"{typeKey}::{name}{arity}({string.Join(",", signature.ParameterTypes)}):{signature.ReturnType}";
    }

    public static string TypeKey(MetadataReader md, TypeReference type)
    {
        if (type.ResolutionScope.Kind == HandleKind.TypeReference)
            return $"{TypeKey(md, md.GetTypeReference((TypeReferenceHandle)type.ResolutionScope))}/{md.GetString(type.Name)}";
        var ns = md.GetString(type.Namespace);
        return ns.Length == 0 ? md.GetString(type.Name) : $"{ns}.{md.GetString(type.Name)}";
    }

    public string GetPrimitiveType(PrimitiveTypeCode typeCode) => "System." + typeCode;
    public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => TypeKey(reader, reader.GetTypeReference(handle));

    // The submission's own types never appear in a framework member's signature; spell them so they match nothing.
    public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) =>
        "submission:" + reader.GetString(reader.GetTypeDefinition(handle).Name);

    public string GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
        reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

    public string GetSZArrayType(string elementType) => elementType + "[]";
    public string GetArrayType(string elementType, ArrayShape shape) => $"{elementType}[{new string(',', shape.Rank - 1)}]";
    public string GetByReferenceType(string elementType) => "&" + elementType;
    public string GetPointerType(string elementType) => elementType + "*";
    public string GetPinnedType(string elementType) => elementType;
    public string GetModifiedType(string modifier, string unmodifiedType, bool isRequired) => unmodifiedType;
    public string GetFunctionPointerType(MethodSignature<string> signature) => "method*";
    public string GetGenericInstantiation(string genericType, ImmutableArray<string> typeArguments) => $"{genericType}<{string.Join(",", typeArguments)}>";
    public string GetGenericMethodParameter(object? genericContext, int index) => $"!!{index}";
    public string GetGenericTypeParameter(object? genericContext, int index) => $"!{index}";
}
