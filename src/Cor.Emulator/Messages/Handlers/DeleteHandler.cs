using Cor.Emulator.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace Cor.Emulator.Messages.Handlers;

/// <summary>Delete: Target is an EntityReference; steps may have a pre-image but no post-image.</summary>
internal sealed class DeleteHandler : IMessageHandler
{
    private readonly CoreOperations _core;

    public DeleteHandler(CoreOperations core)
    {
        _core = core;
    }

    public bool CanHandle(OrganizationRequest request) => request.RequestName == "Delete";

    public MessageOperation Prepare(OrganizationRequest request, OperationUser user)
    {
        var target = RequestParameters.Required<EntityReference>(request, "Target");
        var table = _core.Catalog.GetTable(target.LogicalName);
        var reference = new EntityReference(table.LogicalName, target.Id);
        var input = new ParameterCollection { ["Target"] = reference };
        return new MessageOperation("Delete", table.LogicalName, input, _ => _core.Delete(reference))
        {
            Records = { new OperationRecord(table.LogicalName, target.Id, target: null) },
            RequireRecords = _core.RequireRecords,
            SupportsPreImage = true,
        };
    }

    public OrganizationResponse BuildResponse(MessageOperation operation) => new DeleteResponse();
}
