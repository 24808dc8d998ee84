using System;
using Cor.Emulator.Pipeline;
using Cor.Emulator.Storage;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace Cor.Emulator.Messages.Handlers;

/// <summary>
/// Upsert by id: updates the Target when a record with its id exists, otherwise creates it.
/// </summary>
/// <remarks>
/// NOTE: the emulator runs this as a Create or an Update, so steps registered on the Upsert message itself do not
/// run, and alternate keys are not supported.
/// </remarks>
internal sealed class UpsertHandler : IMessageHandler
{
    private readonly CreateHandler _create;
    private readonly UpdateHandler _update;
    private readonly RecordStore _records;

    public UpsertHandler(CreateHandler create, UpdateHandler update, RecordStore records)
    {
        _create = create;
        _update = update;
        _records = records;
    }

    public bool CanHandle(OrganizationRequest request) => request.RequestName == "Upsert";

    public MessageOperation Prepare(OrganizationRequest request, OperationUser user)
    {
        var target = RequestParameters.Required<Entity>(request, "Target");
        var table = _records.Catalog.GetTable(target.LogicalName);
        var exists = target.Id != Guid.Empty && _records.Exists(table, target.Id);
        var inner = exists
            ? new OrganizationRequest("Update") { ["Target"] = target }
            : new OrganizationRequest("Create") { ["Target"] = target };
        return exists ? _update.Prepare(inner, user) : _create.Prepare(inner, user);
    }

    public OrganizationResponse BuildResponse(MessageOperation operation)
    {
        var created = operation.MessageName == "Create";
        var record = operation.Records[0];
        var response = new UpsertResponse();
        response.Results["RecordCreated"] = created;
        response.Results["Target"] = new EntityReference(record.TableName, record.Id);
        return response;
    }
}
