using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Retrieves one record. Each property reads and writes Parameters under its own name.</summary>
[DataContract(Name = "RetrieveRequest", Namespace = ContractNamespace.V2011)]
public sealed class RetrieveRequest : OrganizationRequest
{
    /// <summary>Creates the request with RequestName "Retrieve".</summary>
    public RetrieveRequest()
    {
        RequestName = "Retrieve";
    }

    public EntityReference Target
    {
        get => ParameterView.Get<EntityReference>(Parameters, "Target");
        set => Parameters["Target"] = value;
    }

    public ColumnSet ColumnSet
    {
        get => ParameterView.Get<ColumnSet>(Parameters, "ColumnSet");
        set => Parameters["ColumnSet"] = value;
    }

    /// <summary>Queries for related records to return in Entity.RelatedEntities.</summary>
    public RelationshipQueryCollection RelatedEntitiesQuery
    {
        get => ParameterView.Get<RelationshipQueryCollection>(Parameters, "RelatedEntitiesQuery");
        set => Parameters["RelatedEntitiesQuery"] = value;
    }

    public bool ReturnNotifications
    {
        get => ParameterView.Get<bool>(Parameters, "ReturnNotifications");
        set => Parameters["ReturnNotifications"] = value;
    }
}
