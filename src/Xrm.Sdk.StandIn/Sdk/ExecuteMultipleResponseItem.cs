using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>Response or fault of one request of an ExecuteMultiple request.</summary>
[DataContract(Name = "ExecuteMultipleResponseItem", Namespace = ContractNamespace.V2012)]
public sealed class ExecuteMultipleResponseItem : IExtensibleDataObject
{
    /// <summary>Zero-based index of the request in ExecuteMultipleRequest.Requests.</summary>
    [DataMember]
    public int RequestIndex { get; set; }

    [DataMember]
    public OrganizationResponse Response { get; set; } = null!;

    [DataMember]
    public OrganizationServiceFault Fault { get; set; } = null!;

    public ExtensionDataObject? ExtensionData { get; set; }
}
