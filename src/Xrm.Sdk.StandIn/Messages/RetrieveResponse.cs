using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Result of a Retrieve request. Each property reads Results under its own name.</summary>
[DataContract(Name = "RetrieveResponse", Namespace = ContractNamespace.V2011)]
public sealed class RetrieveResponse : OrganizationResponse
{
    public Entity Entity => ParameterView.Get<Entity>(Results, "Entity");

    public object Notifications => ParameterView.Get<object>(Results, "Notifications");
}
