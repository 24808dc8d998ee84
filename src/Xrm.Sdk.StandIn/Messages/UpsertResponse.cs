using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Result of an Upsert request. Each property reads Results under its own name.</summary>
[DataContract(Name = "UpsertResponse", Namespace = ContractNamespace.V2011)]
public sealed class UpsertResponse : OrganizationResponse
{
    /// <summary>Whether the request created the record rather than updating it.</summary>
    public bool RecordCreated => ParameterView.Get<bool>(Results, "RecordCreated");

    public EntityReference Target => ParameterView.Get<EntityReference>(Results, "Target");
}
