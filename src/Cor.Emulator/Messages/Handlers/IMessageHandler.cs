using Cor.Emulator.Pipeline;
using Microsoft.Xrm.Sdk;

namespace Cor.Emulator.Messages.Handlers;

/// <summary>
/// Turns one kind of OrganizationRequest into a pipeline operation and its result into the typed response.
/// </summary>
internal interface IMessageHandler
{
    bool CanHandle(OrganizationRequest request);

    MessageOperation Prepare(OrganizationRequest request, OperationUser user);

    OrganizationResponse BuildResponse(MessageOperation operation);
}
