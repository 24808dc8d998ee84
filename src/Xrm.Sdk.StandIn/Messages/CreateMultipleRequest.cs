using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>
/// Creates records of one table in one request. Each property reads and writes Parameters under its own name.
/// </summary>
[DataContract(Name = "CreateMultipleRequest", Namespace = ContractNamespace.V2011)]
public sealed class CreateMultipleRequest : OrganizationRequest
{
    /// <summary>Creates the request with RequestName "CreateMultiple".</summary>
    public CreateMultipleRequest()
    {
        RequestName = "CreateMultiple";
    }

    /// <summary>Records to create, all of the table named in EntityCollection.EntityName.</summary>
    public EntityCollection Targets
    {
        get => ParameterView.Get<EntityCollection>(Parameters, "Targets");
        set => Parameters["Targets"] = value;
    }
}
