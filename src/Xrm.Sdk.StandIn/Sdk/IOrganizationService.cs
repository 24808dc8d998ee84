using System;
using Microsoft.Xrm.Sdk.Query;
#if NETFRAMEWORK
using System.ServiceModel;
#endif

namespace Microsoft.Xrm.Sdk;

/// <summary>Data and metadata operations on a Dataverse organization.</summary>
// NOTE: only the net462 build carries ServiceContract because System.ServiceModel is not part of .NET 10.
#if NETFRAMEWORK
[ServiceContract(Name = "IOrganizationService", Namespace = ContractNamespace.Services)]
#endif
public interface IOrganizationService
{
    Guid Create(Entity entity);

    Entity Retrieve(string entityName, Guid id, ColumnSet columnSet);

    void Update(Entity entity);

    void Delete(string entityName, Guid id);

    OrganizationResponse Execute(OrganizationRequest request);

    void Associate(
        string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities);

    void Disassociate(
        string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities);

    EntityCollection RetrieveMultiple(QueryBase query);
}
