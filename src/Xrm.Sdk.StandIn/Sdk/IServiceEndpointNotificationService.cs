namespace Microsoft.Xrm.Sdk;

/// <summary>Posts an execution context to a service endpoint (Azure Service Bus, webhook).</summary>
public interface IServiceEndpointNotificationService
{
    /// <summary>Posts the context and returns the endpoint's response, which is empty for one-way endpoints.</summary>
    string Execute(EntityReference serviceEndpoint, IExecutionContext context);
}
