using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace Cor.Emulator.Messages;

/// <summary>
/// ExecuteMultiple and ExecuteTransaction: each inner request runs through the same service, so it runs the
/// pipeline and is counted. Dataverse rejects these requests inside plugins; the emulator does not check that.
/// </summary>
internal static class BatchRequests
{
    public static bool IsBatch(OrganizationRequest request) =>
        request.RequestName is "ExecuteMultiple" or "ExecuteTransaction";

    public static OrganizationResponse Execute(OrganizationRequest request, IOrganizationService service, RequestDispatcher dispatcher) =>
        request.RequestName == "ExecuteMultiple"
            ? ExecuteMultiple(request, service)
            : ExecuteTransaction(request, service, dispatcher);

    /// <summary>
    /// Runs each request on its own. Without ContinueOnError the first failure stops the batch; its fault is still
    /// returned in Responses, as Dataverse does.
    /// </summary>
    private static ExecuteMultipleResponse ExecuteMultiple(OrganizationRequest request, IOrganizationService service)
    {
        var requests = Handlers.RequestParameters.Required<OrganizationRequestCollection>(request, "Requests");
        var settings = request.Parameters.TryGetValue("Settings", out var value) && value is ExecuteMultipleSettings given
            ? given
            : new ExecuteMultipleSettings();
        var responses = new ExecuteMultipleResponseItemCollection();
        var faulted = false;
        for (var index = 0; index < requests.Count; index++)
        {
            var item = Run(service, requests[index], index, settings.ReturnResponses);
            faulted |= item.Fault is not null;
            if (item.Fault is not null || item.Response is not null)
            {
                responses.Add(item);
            }

            if (item.Fault is not null && !settings.ContinueOnError)
            {
                break;
            }
        }

        var response = new ExecuteMultipleResponse();
        response.Results["IsFaulted"] = faulted;
        response.Results["Responses"] = responses;
        return response;
    }

    private static ExecuteMultipleResponseItem Run(IOrganizationService service, OrganizationRequest request, int index, bool returnResponse)
    {
        var item = new ExecuteMultipleResponseItem { RequestIndex = index };
        try
        {
            var response = service.Execute(request);
            item.Response = returnResponse ? response : null!;
        }
        catch (Exception exception) when (exception is InvalidPluginExecutionException or DataverseFaultException)
        {
            item.Fault = new OrganizationServiceFault
            {
                Message = exception.Message,
                ErrorCode = exception is DataverseFaultException fault ? fault.ErrorCode : exception.HResult,
                Timestamp = DateTime.UtcNow,
            };
        }

        return item;
    }

    private static ExecuteTransactionResponse ExecuteTransaction(
        OrganizationRequest request, IOrganizationService service, RequestDispatcher dispatcher)
    {
        var requests = Handlers.RequestParameters.Required<OrganizationRequestCollection>(request, "Requests");
        var returnResponses = request.Parameters.TryGetValue("ReturnResponses", out var value) && value is true;
        var responses = dispatcher.RunInTransaction(() =>
        {
            var collected = new OrganizationResponseCollection();
            foreach (var inner in requests)
            {
                collected.Add(service.Execute(inner));
            }

            return collected;
        });
        var response = new ExecuteTransactionResponse();
        response.Results["Responses"] = returnResponses ? responses : new OrganizationResponseCollection();
        return response;
    }
}
