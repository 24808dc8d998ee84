using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>
/// Updates the columns present in Target. Each property reads and writes Parameters under its own name.
/// </summary>
[DataContract(Name = "UpdateRequest", Namespace = ContractNamespace.V2011)]
public sealed class UpdateRequest : OrganizationRequest
{
    /// <summary>Creates the request with RequestName "Update".</summary>
    public UpdateRequest()
    {
        RequestName = "Update";
    }

    /// <summary>Record with the columns to change and its id or alternate key.</summary>
    public Entity Target
    {
        get => ParameterView.Get<Entity>(Parameters, "Target");
        set => Parameters["Target"] = value;
    }

    public ConcurrencyBehavior ConcurrencyBehavior
    {
        get => ParameterView.Get<ConcurrencyBehavior>(Parameters, "ConcurrencyBehavior");
        set => Parameters["ConcurrencyBehavior"] = value;
    }
}
