using System;
using Cor.Emulator.Messages;
using Cor.Emulator.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace Cor.Emulator;

/// <summary>
/// IOrganizationService of the emulator for one caller. Every method goes through Execute, so every call runs the
/// event pipeline and is counted. Calls from several threads run one at a time, because the emulator has one
/// SQLite connection and one transaction.
/// </summary>
internal sealed class EmulatorOrganizationService : IOrganizationService
{
    private readonly RequestDispatcher _dispatcher;
    private readonly ServiceCallCounter _counter;
    private readonly ServiceCaller _caller;
    private readonly Metadata.MetadataCatalog _catalog;

    public EmulatorOrganizationService(
        RequestDispatcher dispatcher, ServiceCallCounter counter, ServiceCaller caller, Metadata.MetadataCatalog catalog)
    {
        _dispatcher = dispatcher;
        _catalog = catalog;
        _counter = counter;
        _caller = caller;
    }

    public Guid Create(Entity entity) => (Guid)Execute(new CreateRequest { Target = entity }).Results["id"];

    public Entity Retrieve(string entityName, Guid id, ColumnSet columnSet) =>
        (Entity)Execute(new RetrieveRequest { Target = new EntityReference(entityName, id), ColumnSet = columnSet }).Results["Entity"];

    public void Update(Entity entity) => Execute(new UpdateRequest { Target = entity });

    public void Delete(string entityName, Guid id) => Execute(new DeleteRequest { Target = new EntityReference(entityName, id) });

    public EntityCollection RetrieveMultiple(QueryBase query) =>
        (EntityCollection)Execute(new RetrieveMultipleRequest { Query = query }).Results["EntityCollection"];

    public OrganizationResponse Execute(OrganizationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        lock (_dispatcher)
        {
            _counter.Enter(request.RequestName);
            try
            {
                return BatchRequests.IsBatch(request)
                    ? BatchRequests.Execute(request, this, _dispatcher)
                    : _dispatcher.Execute(request, _caller);
            }
            finally
            {
                _counter.Exit();
            }
        }
    }

    /// <summary>Sets the lookup of a one-to-many relationship on the referencing records; see <see cref="OneToManyAssociation"/>.</summary>
    public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        OneToManyAssociation.Apply(this, _catalog, new EntityReference(entityName, entityId), relationship, relatedEntities, associate: true);

    /// <summary>Clears the lookup of a one-to-many relationship on the referencing records.</summary>
    public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        OneToManyAssociation.Apply(this, _catalog, new EntityReference(entityName, entityId), relationship, relatedEntities, associate: false);
}
