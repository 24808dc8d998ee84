using System.Collections.Generic;
using System.Linq;
using Cor.Emulator.Messages.Handlers;
using Cor.Emulator.Pipeline;
using Microsoft.Xrm.Sdk;

namespace Cor.Emulator.Messages;

/// <summary>
/// Finds the handler of a request, runs its operation through the pipeline and returns the response.
/// </summary>
internal sealed class RequestDispatcher
{
    private readonly IReadOnlyList<IMessageHandler> _handlers;
    private readonly PipelineRunner _pipeline;
    private readonly System.Func<System.Guid, System.Guid> _businessUnitOf;

    public RequestDispatcher(IReadOnlyList<IMessageHandler> handlers, PipelineRunner pipeline, System.Func<System.Guid, System.Guid> businessUnitOf)
    {
        _handlers = handlers;
        _pipeline = pipeline;
        _businessUnitOf = businessUnitOf;
    }

    public OrganizationResponse Execute(OrganizationRequest request, ServiceCaller caller)
    {
        var handler = _handlers.FirstOrDefault(h => h.CanHandle(request)) ?? throw NotSupported(request);
        var user = new OperationUser(caller.UserId, _businessUnitOf(caller.UserId));
        var operation = handler.Prepare(request, user);
        _pipeline.Execute(operation, caller);
        return handler.BuildResponse(operation);
    }

    /// <summary>Runs several requests in one transaction; see <see cref="PipelineRunner.RunInTransaction{T}"/>.</summary>
    public T RunInTransaction<T>(System.Func<T> requests) => _pipeline.RunInTransaction(requests);

    private static EmulatorConfigurationException NotSupported(OrganizationRequest request) =>
        new($"The '{request.RequestName}' request ({request.GetType().FullName}) is not supported by the emulator. " +
            "Supported requests: Create, Retrieve, Update, Delete, Upsert, RetrieveMultiple, CreateMultiple, " +
            "UpdateMultiple, SetState, Assign, ExecuteMultiple, ExecuteTransaction, WhoAmI and the Custom APIs defined in " +
            "solution/customapis.");
}
