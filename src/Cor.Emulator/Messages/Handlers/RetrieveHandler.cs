using Cor.Emulator.Pipeline;
using Cor.Emulator.Querying;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace Cor.Emulator.Messages.Handlers;

/// <summary>
/// Retrieve: Target is an EntityReference and ColumnSet the columns; steps see the result as
/// OutputParameters["BusinessEntity"] in PostOperation.
/// </summary>
internal sealed class RetrieveHandler : IMessageHandler
{
    private readonly CoreOperations _core;
    private readonly System.Func<OperationUser, QueryContext> _queryContext;

    public RetrieveHandler(CoreOperations core, System.Func<OperationUser, QueryContext> queryContext)
    {
        _core = core;
        _queryContext = queryContext;
    }

    public bool CanHandle(OrganizationRequest request) => request.RequestName == "Retrieve";

    public MessageOperation Prepare(OrganizationRequest request, OperationUser user)
    {
        var target = RequestParameters.Required<EntityReference>(request, "Target");
        var table = _core.Catalog.GetTable(target.LogicalName);
        var input = new ParameterCollection
        {
            ["Target"] = new EntityReference(table.LogicalName, target.Id),
            ["ColumnSet"] = request.Parameters.TryGetValue("ColumnSet", out var columns) ? columns : null!,
        };
        return new MessageOperation("Retrieve", table.LogicalName, input, operation =>
        {
            var reference = (EntityReference)operation.Input["Target"];
            var columnSet = operation.Input["ColumnSet"] as ColumnSet;
            operation.Output["BusinessEntity"] = _core.Retrieve(reference, columnSet, _queryContext(user));
        })
        {
            Records = { new OperationRecord(table.LogicalName, target.Id, target: null) },
        };
    }

    public OrganizationResponse BuildResponse(MessageOperation operation)
    {
        var response = new RetrieveResponse();
        response.Results["Entity"] = operation.Output["BusinessEntity"];
        return response;
    }
}
