using System;
using Cor.Emulator.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace Cor.Emulator.Messages.Handlers;

/// <summary>Create: Target is an Entity; the response carries the new id.</summary>
internal sealed class CreateHandler : IMessageHandler
{
    private readonly CoreOperations _core;
    private readonly bool _platformColumnsBeforePreOperation;

    public CreateHandler(CoreOperations core, bool platformColumnsBeforePreOperation)
    {
        _core = core;
        _platformColumnsBeforePreOperation = platformColumnsBeforePreOperation;
    }

    public bool CanHandle(OrganizationRequest request) => request.RequestName == "Create";

    public MessageOperation Prepare(OrganizationRequest request, OperationUser user)
    {
        var target = RequestParameters.Clone(RequestParameters.Required<Entity>(request, "Target"));
        var table = _core.Catalog.GetTable(target.LogicalName);
        ColumnLimits.CheckTarget(table, target);
        var plannedId = target.Id != Guid.Empty ? target.Id : Guid.NewGuid();
        var input = new ParameterCollection { ["Target"] = target };
        var record = new OperationRecord(table.LogicalName, plannedId, target);
        return new MessageOperation("Create", table.LogicalName, input, operation =>
        {
            record.Id = _core.Create(target, record.Id, user);
            operation.Output["id"] = record.Id;
        })
        {
            Records = { record },
            BeforePreOperation = _platformColumnsBeforePreOperation
                ? _ => _core.PrepareCreateTarget(target, record.Id, user)
                : null,
            FanOutMessage = "CreateMultiple",
            SupportsPostImage = true,
        };
    }

    public OrganizationResponse BuildResponse(MessageOperation operation)
    {
        var response = new CreateResponse();
        response.Results["id"] = operation.Output["id"];
        return response;
    }
}
