using Cor.Emulator.Pipeline;
using Microsoft.Xrm.Sdk;

namespace Cor.Emulator.Messages.Handlers;

/// <summary>WhoAmI: returns the calling user, their business unit and the organization.</summary>
internal sealed class WhoAmIHandler : IMessageHandler
{
    private readonly System.Guid _organizationId;

    public WhoAmIHandler(System.Guid organizationId)
    {
        _organizationId = organizationId;
    }

    public bool CanHandle(OrganizationRequest request) => request.RequestName == "WhoAmI";

    public MessageOperation Prepare(OrganizationRequest request, OperationUser user) =>
        new("WhoAmI", "none", new ParameterCollection(), operation =>
        {
            operation.Output["UserId"] = user.UserId;
            operation.Output["BusinessUnitId"] = user.BusinessUnitId;
            operation.Output["OrganizationId"] = _organizationId;
        });

    public OrganizationResponse BuildResponse(MessageOperation operation)
    {
        var response = new OrganizationResponse { ResponseName = "WhoAmI" };
        foreach (var result in operation.Output)
        {
            response.Results[result.Key] = result.Value;
        }

        return response;
    }
}
