using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Deletes a record. Each property reads and writes Parameters under its own name.</summary>
[DataContract(Name = "DeleteRequest", Namespace = ContractNamespace.V2011)]
public sealed class DeleteRequest : OrganizationRequest
{
    /// <summary>Creates the request with RequestName "Delete".</summary>
    public DeleteRequest()
    {
        RequestName = "Delete";
    }

    public EntityReference Target
    {
        get => ParameterView.Get<EntityReference>(Parameters, "Target");
        set => Parameters["Target"] = value;
    }

    public ConcurrencyBehavior ConcurrencyBehavior
    {
        get => ParameterView.Get<ConcurrencyBehavior>(Parameters, "ConcurrencyBehavior");
        set => Parameters["ConcurrencyBehavior"] = value;
    }
}
