using System.Collections.Generic;
using System.Reflection;
using System.Reflection.Metadata;
using Xunit;

namespace Xrm.Sdk.StandIn.Tests;

/// <summary>Member references of a compiled assembly with the full name of each one's parent type.</summary>
internal sealed record MetadataProbe(
    IReadOnlyList<(string Member, string Parent)> MemberParents, AssemblyName SdkReference)
{
    public static MetadataProbe Read(MetadataReader reader)
    {
        var parents = new List<(string, string)>();
        foreach (var handle in reader.MemberReferences)
        {
            var reference = reader.GetMemberReference(handle);
            parents.Add((reader.GetString(reference.Name), ParentName(reader, reference.Parent)));
        }

        return new MetadataProbe(parents, FindSdkReference(reader));
    }

    private static string ParentName(MetadataReader reader, EntityHandle parent) => parent.Kind switch
    {
        HandleKind.TypeReference => TypeReferenceName(reader, (TypeReferenceHandle)parent),
        HandleKind.TypeSpecification => GenericTypeName(reader, (TypeSpecificationHandle)parent),
        _ => parent.Kind.ToString(),
    };

    private static string TypeReferenceName(MetadataReader reader, TypeReferenceHandle handle)
    {
        var type = reader.GetTypeReference(handle);
        return $"{reader.GetString(type.Namespace)}.{reader.GetString(type.Name)}";
    }

    /// <summary>Returns the generic definition of an instantiation, such as DataCollection`2.</summary>
    private static string GenericTypeName(MetadataReader reader, TypeSpecificationHandle handle)
    {
        var blob = reader.GetBlobReader(reader.GetTypeSpecification(handle).Signature);
        Assert.Equal(SignatureTypeCode.GenericTypeInstance, blob.ReadSignatureTypeCode());
        blob.ReadSignatureTypeCode();
        var definition = blob.ReadTypeHandle();
        Assert.Equal(HandleKind.TypeReference, definition.Kind);
        return TypeReferenceName(reader, (TypeReferenceHandle)definition);
    }

    private static AssemblyName FindSdkReference(MetadataReader reader)
    {
        foreach (var handle in reader.AssemblyReferences)
        {
            var name = reader.GetAssemblyReference(handle).GetAssemblyName();
            if (name.Name == "Microsoft.Xrm.Sdk")
            {
                return name;
            }
        }

        throw new KeyNotFoundException("The compiled probe has no reference to Microsoft.Xrm.Sdk.");
    }
}
