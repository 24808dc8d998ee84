using System.Collections.Generic;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>List of entity references, as used by Associate and Disassociate.</summary>
[CollectionDataContract(Name = "EntityReferenceCollection", Namespace = ContractNamespace.V2011)]
public sealed class EntityReferenceCollection : DataCollection<EntityReference>
{
    public EntityReferenceCollection()
    {
    }

    public EntityReferenceCollection(IList<EntityReference> list)
        : base(list)
    {
    }
}
