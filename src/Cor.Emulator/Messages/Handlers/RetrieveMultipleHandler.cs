using Cor.Emulator.Pipeline;
using Cor.Emulator.Querying;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace Cor.Emulator.Messages.Handlers;

/// <summary>
/// RetrieveMultiple: Query is a QueryExpression or QueryByAttribute; steps see the result as
/// OutputParameters["BusinessEntityCollection"] in PostOperation.
/// </summary>
internal sealed class RetrieveMultipleHandler : IMessageHandler
{
    private readonly CoreOperations _core;
    private readonly System.Func<OperationUser, QueryContext> _queryContext;

    public RetrieveMultipleHandler(CoreOperations core, System.Func<OperationUser, QueryContext> queryContext)
    {
        _core = core;
        _queryContext = queryContext;
    }

    public bool CanHandle(OrganizationRequest request) => request.RequestName == "RetrieveMultiple";

    public MessageOperation Prepare(OrganizationRequest request, OperationUser user)
    {
        var query = RequestParameters.Required<QueryBase>(request, "Query");
        var expression = QueryConverter.ToQueryExpression(query);
        var table = _core.Catalog.GetTable(expression.EntityName);
        var input = new ParameterCollection { ["Query"] = query };
        return new MessageOperation("RetrieveMultiple", table.LogicalName, input, operation =>
        {
            var current = (QueryBase)operation.Input["Query"];
            operation.Output["BusinessEntityCollection"] = _core.RetrieveMultiple(current, _queryContext(user));
        });
    }

    public OrganizationResponse BuildResponse(MessageOperation operation)
    {
        var response = new RetrieveMultipleResponse();
        response.Results["EntityCollection"] = operation.Output["BusinessEntityCollection"];
        return response;
    }
}
