using System.Collections.Generic;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>Entity images of a step, keyed by the image alias registered on the step.</summary>
[CollectionDataContract(Name = "EntityImageCollection", Namespace = ContractNamespace.V2011)]
public class EntityImageCollection : DataCollection<string, Entity>
{
    public EntityImageCollection()
    {
    }

    protected EntityImageCollection(IDictionary<string, Entity> dictionary)
        : base(dictionary)
    {
    }
}
