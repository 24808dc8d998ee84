using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>Page request of a query.</summary>
[DataContract(Name = "PagingInfo", Namespace = ContractNamespace.V2011)]
public sealed class PagingInfo : IExtensibleDataObject
{
    /// <summary>One-based page number.</summary>
    [DataMember]
    public int PageNumber { get; set; }

    /// <summary>Records per page.</summary>
    [DataMember]
    public int Count { get; set; }

    [DataMember]
    public bool ReturnTotalRecordCount { get; set; }

    /// <summary>Cookie from the previous page's EntityCollection.PagingCookie.</summary>
    [DataMember]
    public string PagingCookie { get; set; } = null!;

    public ExtensionDataObject? ExtensionData { get; set; }
}
