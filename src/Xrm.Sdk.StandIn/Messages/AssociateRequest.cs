using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>
/// Links records to a record through a relationship. Each property reads and writes Parameters under its own name.
/// </summary>
[DataContract(Name = "AssociateRequest", Namespace = ContractNamespace.V2011)]
public sealed class AssociateRequest : OrganizationRequest
{
    /// <summary>Creates the request with RequestName "Associate".</summary>
    public AssociateRequest()
    {
        RequestName = "Associate";
    }

    public EntityReference Target
    {
        get => ParameterView.Get<EntityReference>(Parameters, "Target");
        set => Parameters["Target"] = value;
    }

    public Relationship Relationship
    {
        get => ParameterView.Get<Relationship>(Parameters, "Relationship");
        set => Parameters["Relationship"] = value;
    }

    public EntityReferenceCollection RelatedEntities
    {
        get => ParameterView.Get<EntityReferenceCollection>(Parameters, "RelatedEntities");
        set => Parameters["RelatedEntities"] = value;
    }
}
