using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>Error data that the organization service returns in a SOAP fault.</summary>
[Serializable]
[DataContract(Name = "BaseServiceFault", Namespace = ContractNamespace.V2011)]
public abstract class BaseServiceFault
{
    [DataMember]
    public int ErrorCode { get; set; }

    [DataMember]
    public ErrorDetailCollection ErrorDetails { get; set; } = new();

    [DataMember]
    public string Message { get; set; } = null!;

    [DataMember]
    public DateTime Timestamp { get; set; }

    [DataMember]
    public Guid ActivityId { get; set; }

    [DataMember]
    public string HelpLink { get; set; } = null!;
}
