using System;

namespace Microsoft.Xrm.Sdk;

/// <summary>Data about the operation that triggered a plugin or workflow, shared by every stage.</summary>
public interface IExecutionContext
{
    /// <summary>Execution mode: 0 synchronous, 1 asynchronous.</summary>
    int Mode { get; }

    /// <summary>Isolation mode: 1 none, 2 sandbox.</summary>
    int IsolationMode { get; }

    /// <summary>Number of nested plugin or workflow calls that led here, starting at 1.</summary>
    int Depth { get; }

    string MessageName { get; }

    string PrimaryEntityName { get; }

    Guid? RequestId { get; }

    string SecondaryEntityName { get; }

    ParameterCollection InputParameters { get; }

    ParameterCollection OutputParameters { get; }

    /// <summary>Values that plugins of one operation pass to each other. Each value must be serializable.</summary>
    ParameterCollection SharedVariables { get; }

    Guid UserId { get; }

    Guid InitiatingUserId { get; }

    Guid BusinessUnitId { get; }

    Guid OrganizationId { get; }

    string OrganizationName { get; }

    Guid PrimaryEntityId { get; }

    EntityImageCollection PreEntityImages { get; }

    EntityImageCollection PostEntityImages { get; }

    /// <summary>Reference to the step (sdkmessageprocessingstep) that is running.</summary>
    EntityReference OwningExtension { get; }

    Guid CorrelationId { get; }

    bool IsExecutingOffline { get; }

    bool IsOfflinePlayback { get; }

    bool IsInTransaction { get; }

    Guid OperationId { get; }

    DateTime OperationCreatedOn { get; }
}
