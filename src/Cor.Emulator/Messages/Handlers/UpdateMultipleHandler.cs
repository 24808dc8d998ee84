using Cor.Emulator.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace Cor.Emulator.Messages.Handlers;

/// <summary>
/// UpdateMultiple: Targets is an EntityCollection of one table; Update steps also run once per record.
/// </summary>
internal sealed class UpdateMultipleHandler : IMessageHandler
{
    private readonly CoreOperations _core;

    public UpdateMultipleHandler(CoreOperations core)
    {
        _core = core;
    }

    public bool CanHandle(OrganizationRequest request) => request.RequestName == "UpdateMultiple";

    public MessageOperation Prepare(OrganizationRequest request, OperationUser user)
    {
        var (tableName, targets) = MultipleTargets.Read(request, _core.Catalog);
        MultipleTargets.CheckLimits(targets, _core.Catalog);
        var key = _core.Catalog.GetTable(tableName).PrimaryIdAttribute;
        var input = new ParameterCollection();
        foreach (var parameter in request.Parameters)
        {
            input[parameter.Key] = parameter.Value;
        }

        input["Targets"] = targets;
        var operation = new MessageOperation("UpdateMultiple", tableName, input, current =>
        {
            foreach (var record in current.Records)
            {
                _core.Update(record.Target!, user);
            }
        })
        {
            RequireRecords = _core.RequireRecords,
            IsMultiple = true,
            FanOutMessage = "Update",
            SupportsPreImage = true,
            SupportsPostImage = true,
            UsesFilteringAttributes = true,
        };
        foreach (var target in targets.Entities)
        {
            var id = target.Id != System.Guid.Empty ? target.Id : target.GetAttributeValue<System.Guid>(key);
            target.Id = id;
            target[key] = id;
            operation.Records.Add(new OperationRecord(tableName, id, target));
        }

        return operation;
    }

    public OrganizationResponse BuildResponse(MessageOperation operation) => new UpdateMultipleResponse();
}
