using System.Reflection.Metadata;

namespace Cor.Packer.Assemblies;

/// <summary>Resolves metadata handles to the full type and member names the checks compare against.</summary>
internal static class MetadataNames
{
    public static string TypeName(MetadataReader reader, EntityHandle handle) => handle.Kind switch
    {
        HandleKind.TypeDefinition => DefinitionName(reader, (TypeDefinitionHandle)handle),
        HandleKind.TypeReference => ReferenceName(reader, (TypeReferenceHandle)handle),
        HandleKind.TypeSpecification => SpecificationName(reader, (TypeSpecificationHandle)handle),
        _ => string.Empty,
    };

    public static string DefinitionName(MetadataReader reader, TypeDefinitionHandle handle)
    {
        var definition = reader.GetTypeDefinition(handle);
        var name = reader.GetString(definition.Name);
        var declaring = definition.GetDeclaringType();
        if (!declaring.IsNil)
        {
            return DefinitionName(reader, declaring) + "+" + name;
        }

        var ns = reader.GetString(definition.Namespace);
        return ns.Length == 0 ? name : ns + "." + name;
    }

    private static string ReferenceName(MetadataReader reader, TypeReferenceHandle handle)
    {
        var reference = reader.GetTypeReference(handle);
        var name = reader.GetString(reference.Name);
        if (reference.ResolutionScope.Kind == HandleKind.TypeReference)
        {
            return ReferenceName(reader, (TypeReferenceHandle)reference.ResolutionScope) + "+" + name;
        }

        var ns = reader.GetString(reference.Namespace);
        return ns.Length == 0 ? name : ns + "." + name;
    }

    /// <summary>
    /// Returns the generic type of an instantiation such as <c>Task&lt;int&gt;</c>, or empty for other specs.
    /// </summary>
    private static string SpecificationName(MetadataReader reader, TypeSpecificationHandle handle)
    {
        var blob = reader.GetBlobReader(reader.GetTypeSpecification(handle).Signature);
        if (blob.ReadSignatureTypeCode() != SignatureTypeCode.GenericTypeInstance)
        {
            return string.Empty;
        }

        blob.ReadSignatureTypeCode();
        return TypeName(reader, blob.ReadTypeHandle());
    }

    /// <summary>Returns the declaring type, member name and signature blob of a method or field token.</summary>
    public static (string Type, string Member, byte[] Signature) MemberOf(MetadataReader reader, EntityHandle handle)
    {
        switch (handle.Kind)
        {
            case HandleKind.MemberReference:
                var reference = reader.GetMemberReference((MemberReferenceHandle)handle);
                return (TypeName(reader, reference.Parent), reader.GetString(reference.Name),
                    reader.GetBlobBytes(reference.Signature));
            case HandleKind.MethodDefinition:
                var method = reader.GetMethodDefinition((MethodDefinitionHandle)handle);
                return (DefinitionName(reader, method.GetDeclaringType()), reader.GetString(method.Name),
                    reader.GetBlobBytes(method.Signature));
            case HandleKind.MethodSpecification:
                return MemberOf(reader, reader.GetMethodSpecification((MethodSpecificationHandle)handle).Method);
            case HandleKind.FieldDefinition:
                var field = reader.GetFieldDefinition((FieldDefinitionHandle)handle);
                return (DefinitionName(reader, field.GetDeclaringType()), reader.GetString(field.Name),
                    reader.GetBlobBytes(field.Signature));
            default:
                return (TypeName(reader, handle), string.Empty, []);
        }
    }
}
