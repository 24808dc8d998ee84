using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>
/// Updates the record that Target identifies, or creates it when it does not exist.
/// Each property reads and writes Parameters under its own name.
/// </summary>
[DataContract(Name = "UpsertRequest", Namespace = ContractNamespace.V2011)]
public sealed class UpsertRequest : OrganizationRequest
{
    /// <summary>Creates the request with RequestName "Upsert".</summary>
    public UpsertRequest()
    {
        RequestName = "Upsert";
    }

    public Entity Target
    {
        get => ParameterView.Get<Entity>(Parameters, "Target");
        set => Parameters["Target"] = value;
    }
}
