using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>Optimistic concurrency rule of an Update or Delete request.</summary>
[DataContract(Name = "ConcurrencyBehavior", Namespace = ContractNamespace.V71)]
public enum ConcurrencyBehavior
{
    /// <summary>The message's own default: AlwaysOverwrite for Update and Delete.</summary>
    [EnumMember]
    Default = 0,

    /// <summary>Apply the change only when the record's RowVersion still matches.</summary>
    [EnumMember]
    IfRowVersionMatches = 1,

    [EnumMember]
    AlwaysOverwrite = 2,
}
