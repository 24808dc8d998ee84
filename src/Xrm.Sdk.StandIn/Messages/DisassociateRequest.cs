using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>
/// Removes links between records through a relationship. Each property reads and writes Parameters under its own name.
/// </summary>
[DataContract(Name = "DisassociateRequest", Namespace = ContractNamespace.V2011)]
public sealed class DisassociateRequest : OrganizationRequest
{
    /// <summary>Creates the request with RequestName "Disassociate".</summary>
    public DisassociateRequest()
    {
        RequestName = "Disassociate";
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
