using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Result of a RetrieveMultiple request. Each property reads Results under its own name.</summary>
[DataContract(Name = "RetrieveMultipleResponse", Namespace = ContractNamespace.V2011)]
public sealed class RetrieveMultipleResponse : OrganizationResponse
{
    public EntityCollection EntityCollection => ParameterView.Get<EntityCollection>(Results, "EntityCollection");
}
