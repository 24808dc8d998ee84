namespace Microsoft.Xrm.Sdk;

/// <summary>Outcome that a plugin reports through InvalidPluginExecutionException.</summary>
public enum OperationStatus
{
    Failed = 0,
    Canceled = 1,

    /// <summary>Asks the asynchronous service to run the step again, up to 4 times.</summary>
    Retry = 2,
    Suspended = 3,
    Succeeded = 4,
}
