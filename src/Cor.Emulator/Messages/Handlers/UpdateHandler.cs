using System;
using System.Collections.Generic;
using System.Linq;
using Cor.Emulator.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace Cor.Emulator.Messages.Handlers;

/// <summary>
/// Update: Target is an Entity with only the submitted columns. An Update that sets statecode or statuscode together
/// with other columns runs PreOperation, the main operation and PostOperation twice, first for the other columns and
/// then for the state columns, as Dataverse does.
/// </summary>
internal sealed class UpdateHandler : IMessageHandler
{
    private static readonly string[] StateColumns = { "statecode", "statuscode" };

    private readonly CoreOperations _core;
    private readonly bool _platformColumnsBeforePreOperation;

    public UpdateHandler(CoreOperations core, bool platformColumnsBeforePreOperation)
    {
        _core = core;
        _platformColumnsBeforePreOperation = platformColumnsBeforePreOperation;
    }

    public bool CanHandle(OrganizationRequest request) => request.RequestName == "Update";

    public MessageOperation Prepare(OrganizationRequest request, OperationUser user)
    {
        var target = RequestParameters.Clone(RequestParameters.Required<Entity>(request, "Target"));
        var input = new ParameterCollection();
        foreach (var parameter in request.Parameters)
        {
            input[parameter.Key] = parameter.Value;
        }

        input["Target"] = target;
        ColumnLimits.CheckTarget(_core.Catalog.GetTable(target.LogicalName), target);
        return Create(target, input, user);
    }

    public OrganizationResponse BuildResponse(MessageOperation operation) => new UpdateResponse();

    private MessageOperation Create(Entity target, ParameterCollection input, OperationUser user, bool splittable = true)
    {
        var table = _core.Catalog.GetTable(target.LogicalName);
        var id = target.Id != Guid.Empty ? target.Id : target.GetAttributeValue<Guid>(table.PrimaryIdAttribute);
        if (id != Guid.Empty)
        {
            target.Id = id;
            target[table.PrimaryIdAttribute] = id;
        }

        return new MessageOperation("Update", table.LogicalName, input, _ => _core.Update(target, user))
        {
            Split = splittable ? operation => SplitStateChange(operation, user) : null,
            RequireRecords = _core.RequireRecords,
            BeforePreOperation = _platformColumnsBeforePreOperation ? _ => _core.PrepareUpdateTarget(target, user) : null,
            Records = { new OperationRecord(table.LogicalName, id, target) },
            FanOutMessage = "UpdateMultiple",
            SupportsPreImage = true,
            SupportsPostImage = true,
            UsesFilteringAttributes = true,
        };
    }

    private IReadOnlyList<MessageOperation> SplitStateChange(MessageOperation operation, OperationUser user)
    {
        var target = (Entity)operation.Input["Target"];
        var key = _core.Catalog.GetTable(target.LogicalName).PrimaryIdAttribute;
        var hasState = StateColumns.Any(target.Contains);
        var hasOthers = target.Attributes.Keys.Any(k => !StateColumns.Contains(k) && k != key);
        if (!hasState || !hasOthers)
        {
            return new[] { operation };
        }

        var others = new Entity(target.LogicalName, target.Id);
        var state = new Entity(target.LogicalName, target.Id);
        foreach (var attribute in target.Attributes.Where(a => a.Key != key))
        {
            (StateColumns.Contains(attribute.Key) ? state : others)[attribute.Key] = attribute.Value;
        }

        return new[] { Pass(operation, others, user), Pass(operation, state, user) };
    }

    private MessageOperation Pass(MessageOperation operation, Entity target, OperationUser user)
    {
        var input = new ParameterCollection();
        foreach (var parameter in operation.Input)
        {
            input[parameter.Key] = parameter.Value;
        }

        input["Target"] = target;
        return Create(target, input, user, splittable: false);
    }
}
