using Cor.Emulator.Pipeline;
using Microsoft.Xrm.Sdk;

namespace Cor.Emulator.Messages.Handlers;

/// <summary>
/// SetState (EntityMoniker, State, Status) and Assign (Target, Assignee), which Dataverse now processes as an Update
/// of statecode and statuscode or of ownerid. The emulator runs them as that Update.
/// </summary>
/// <remarks>
/// NOTE: steps registered on the SetState or Assign message do not run; steps on Update do.
/// </remarks>
internal sealed class LegacyUpdateHandler : IMessageHandler
{
    private readonly UpdateHandler _update;

    public LegacyUpdateHandler(UpdateHandler update)
    {
        _update = update;
    }

    public bool CanHandle(OrganizationRequest request) => request.RequestName is "SetState" or "Assign";

    public MessageOperation Prepare(OrganizationRequest request, OperationUser user)
    {
        var target = request.RequestName == "SetState" ? SetStateTarget(request) : AssignTarget(request);
        return _update.Prepare(new OrganizationRequest("Update") { ["Target"] = target }, user);
    }

    public OrganizationResponse BuildResponse(MessageOperation operation) => new() { ResponseName = operation.MessageName };

    private static Entity SetStateTarget(OrganizationRequest request)
    {
        var record = RequestParameters.Required<EntityReference>(request, "EntityMoniker");
        return new Entity(record.LogicalName, record.Id)
        {
            ["statecode"] = RequestParameters.Required<OptionSetValue>(request, "State"),
            ["statuscode"] = RequestParameters.Required<OptionSetValue>(request, "Status"),
        };
    }

    private static Entity AssignTarget(OrganizationRequest request)
    {
        var record = RequestParameters.Required<EntityReference>(request, "Target");
        return new Entity(record.LogicalName, record.Id)
        {
            ["ownerid"] = RequestParameters.Required<EntityReference>(request, "Assignee"),
        };
    }
}
