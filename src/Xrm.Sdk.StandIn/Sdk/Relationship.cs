using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>Relationship between two tables, named by its schema name.</summary>
[DataContract(Name = "Relationship", Namespace = ContractNamespace.V2011)]
public sealed class Relationship : IExtensibleDataObject
{
    public Relationship()
    {
    }

    public Relationship(string schemaName)
    {
        SchemaName = schemaName;
    }

    [DataMember]
    public string SchemaName { get; set; } = null!;

    /// <summary>Side of the primary record, needed only for self-referencing relationships.</summary>
    [DataMember]
    public EntityRole? PrimaryEntityRole { get; set; }

    public ExtensionDataObject? ExtensionData { get; set; }

    /// <summary>Compares SchemaName (ordinal) and PrimaryEntityRole.</summary>
    public override bool Equals(object? obj) =>
        obj is Relationship other
        && string.Equals(other.SchemaName, SchemaName, StringComparison.Ordinal)
        && other.PrimaryEntityRole == PrimaryEntityRole;

    public override int GetHashCode() =>
        (SchemaName is null ? 0 : StringComparer.Ordinal.GetHashCode(SchemaName)) ^ PrimaryEntityRole.GetHashCode();

    public override string ToString() => SchemaName;
}
