using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>Options of an ExecuteMultiple request.</summary>
[DataContract(Name = "ExecuteMultipleSettings", Namespace = ContractNamespace.V2012)]
public sealed class ExecuteMultipleSettings : IExtensibleDataObject
{
    /// <summary>Whether to run the remaining requests after one fails.</summary>
    [DataMember]
    public bool ContinueOnError { get; set; }

    /// <summary>Whether to return a response for each request that succeeds. Faults are returned either way.</summary>
    [DataMember]
    public bool ReturnResponses { get; set; }

    public ExtensionDataObject? ExtensionData { get; set; }
}
