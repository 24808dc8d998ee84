using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Creates a record. Each property reads and writes Parameters under its own name.</summary>
[DataContract(Name = "CreateRequest", Namespace = ContractNamespace.V2011)]
public sealed class CreateRequest : OrganizationRequest
{
    /// <summary>Creates the request with RequestName "Create".</summary>
    public CreateRequest()
    {
        RequestName = "Create";
    }

    /// <summary>Record to create.</summary>
    public Entity Target
    {
        get => ParameterView.Get<Entity>(Parameters, "Target");
        set => Parameters["Target"] = value;
    }
}
