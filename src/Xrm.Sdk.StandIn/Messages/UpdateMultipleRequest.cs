using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>
/// Updates records of one table in one request. Each property reads and writes Parameters under its own name.
/// </summary>
[DataContract(Name = "UpdateMultipleRequest", Namespace = ContractNamespace.V2011)]
public sealed class UpdateMultipleRequest : OrganizationRequest
{
    /// <summary>Creates the request with RequestName "UpdateMultiple".</summary>
    public UpdateMultipleRequest()
    {
        RequestName = "UpdateMultiple";
    }

    public EntityCollection Targets
    {
        get => ParameterView.Get<EntityCollection>(Parameters, "Targets");
        set => Parameters["Targets"] = value;
    }

    public ConcurrencyBehavior ConcurrencyBehavior
    {
        get => ParameterView.Get<ConcurrencyBehavior>(Parameters, "ConcurrencyBehavior");
        set => Parameters["ConcurrencyBehavior"] = value;
    }
}
