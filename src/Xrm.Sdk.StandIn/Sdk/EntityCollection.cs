using System.Collections.Generic;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>Page of records that a RetrieveMultiple returns, or the Targets of a bulk request.</summary>
[DataContract(Name = "EntityCollection", Namespace = ContractNamespace.V2011)]
public sealed class EntityCollection : IExtensibleDataObject
{
    public EntityCollection()
    {
        Entities = new DataCollection<Entity>();
    }

    /// <summary>Wraps the list without copying it.</summary>
    public EntityCollection(IList<Entity> list)
    {
        Entities = new DataCollection<Entity>(list);
    }

    [DataMember]
    public DataCollection<Entity> Entities { get; private set; }

    /// <summary>Whether more pages follow this one.</summary>
    [DataMember]
    public bool MoreRecords { get; set; }

    /// <summary>Cookie to pass in PagingInfo.PagingCookie when requesting the next page.</summary>
    [DataMember]
    public string PagingCookie { get; set; } = null!;

    [DataMember]
    public string MinActiveRowVersion { get; set; } = null!;

    /// <summary>Total number of matching records, filled in when PagingInfo.ReturnTotalRecordCount is set.</summary>
    [DataMember]
    public int TotalRecordCount { get; set; }

    [DataMember]
    public bool TotalRecordCountLimitExceeded { get; set; }

    [DataMember]
    public string EntityName { get; set; } = null!;

    public ExtensionDataObject? ExtensionData { get; set; }

    /// <summary>Record at the index of <see cref="Entities"/>.</summary>
    public Entity this[int index]
    {
        get => Entities[index];
        set => Entities[index] = value;
    }
}
