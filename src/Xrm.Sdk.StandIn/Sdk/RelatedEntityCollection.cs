using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>Related records of an entity, keyed by relationship.</summary>
[CollectionDataContract(Name = "RelatedEntityCollection", Namespace = ContractNamespace.V2011)]
public sealed class RelatedEntityCollection : DataCollection<Relationship, EntityCollection>
{
    /// <summary>Whether the collection rejects changes, which is always false in this stand-in.</summary>
    public override bool IsReadOnly => false;
}
