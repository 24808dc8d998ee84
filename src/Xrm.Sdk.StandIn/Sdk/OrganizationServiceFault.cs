using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>Fault detail of the organization service. Plugin errors arrive with ErrorCode 0x80040265.</summary>
[Serializable]
[DataContract(Name = "OrganizationServiceFault", Namespace = ContractNamespace.V2011)]
public sealed class OrganizationServiceFault : BaseServiceFault
{
    /// <summary>Trace log written by the plugin that failed.</summary>
    [DataMember]
    public string TraceText { get; set; } = null!;

    [DataMember]
    public OrganizationServiceFault InnerFault { get; set; } = null!;
}
