using System;
using System.Linq;
using Cor.Emulator.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace Cor.Emulator.Messages.Handlers;

/// <summary>
/// CreateMultiple: Targets is an EntityCollection of one table; Create steps also run once per record.
/// </summary>
internal sealed class CreateMultipleHandler : IMessageHandler
{
    private readonly CoreOperations _core;
    private readonly bool _platformColumnsBeforePreOperation;

    public CreateMultipleHandler(CoreOperations core, bool platformColumnsBeforePreOperation)
    {
        _core = core;
        _platformColumnsBeforePreOperation = platformColumnsBeforePreOperation;
    }

    public bool CanHandle(OrganizationRequest request) => request.RequestName == "CreateMultiple";

    public MessageOperation Prepare(OrganizationRequest request, OperationUser user)
    {
        var (tableName, targets) = MultipleTargets.Read(request, _core.Catalog);
        MultipleTargets.CheckLimits(targets, _core.Catalog);
        var input = new ParameterCollection { ["Targets"] = targets };
        var records = targets.Entities
            .Select(t => new OperationRecord(tableName, t.Id != Guid.Empty ? t.Id : Guid.NewGuid(), t))
            .ToList();
        var operation = new MessageOperation("CreateMultiple", tableName, input, current =>
        {
            foreach (var record in current.Records)
            {
                record.Id = _core.Create(record.Target!, record.Id, user);
            }

            current.Output["Ids"] = current.Records.Select(r => r.Id).ToArray();
        })
        {
            IsMultiple = true,
            BeforePreOperation = _platformColumnsBeforePreOperation ? PrepareTargets(user) : null,
            FanOutMessage = "Create",
            SupportsPostImage = true,
        };
        records.ForEach(operation.Records.Add);
        return operation;
    }

    private Action<MessageOperation> PrepareTargets(OperationUser user) => operation =>
    {
        foreach (var record in operation.Records)
        {
            _core.PrepareCreateTarget(record.Target!, record.Id, user);
        }
    };

    public OrganizationResponse BuildResponse(MessageOperation operation)
    {
        var response = new CreateMultipleResponse();
        response.Results["Ids"] = operation.Output["Ids"];
        return response;
    }
}
