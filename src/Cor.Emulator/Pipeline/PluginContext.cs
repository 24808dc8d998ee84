using System;
using Microsoft.Xrm.Sdk;

namespace Cor.Emulator.Pipeline;

/// <summary>
/// The execution context handed to one plugin run. One object implements every IPluginExecutionContext version, so a
/// plugin gets the same context whichever interface it requests from the service provider.
/// </summary>
internal sealed class PluginContext : IPluginExecutionContext4
{
    /// <summary>
    /// Creates a context with the values that every context of one operation shares: depth, primary table, users,
    /// organization, ids and creation time. The caller sets the stage-specific values.
    /// </summary>
    public PluginContext(OperationFrame frame, EmulatorIdentity organization, Guid userId, Guid businessUnitId)
    {
        Depth = frame.Depth;
        PrimaryEntityName = frame.Operation.TableName;
        UserId = userId;
        InitiatingUserId = frame.Caller.InitiatingUserId;
        BusinessUnitId = businessUnitId;
        OrganizationId = organization.OrganizationId;
        OrganizationName = organization.OrganizationName;
        RequestId = frame.RequestId;
        OperationId = frame.OperationId;
        OperationCreatedOn = frame.CreatedOn;
        CorrelationId = frame.CorrelationId;
    }

    public int Mode { get; init; }

    /// <summary>Always 2 (Sandbox), the only isolation mode Dataverse online offers.</summary>
    public int IsolationMode => 2;

    public int Depth { get; }

    public string MessageName { get; init; } = string.Empty;

    public string PrimaryEntityName { get; }

    public Guid? RequestId { get; }

    public string SecondaryEntityName => "none";

    public ParameterCollection InputParameters { get; init; } = new();

    public ParameterCollection OutputParameters { get; init; } = new();

    public ParameterCollection SharedVariables { get; init; } = new();

    public Guid UserId { get; }

    public Guid InitiatingUserId { get; }

    public Guid BusinessUnitId { get; }

    public Guid OrganizationId { get; }

    public string OrganizationName { get; }

    public Guid PrimaryEntityId { get; set; }

    public EntityImageCollection PreEntityImages { get; init; } = new();

    public EntityImageCollection PostEntityImages { get; init; } = new();

    public EntityReference OwningExtension { get; init; } = new();

    public Guid CorrelationId { get; }

    public bool IsExecutingOffline => false;

    public bool IsOfflinePlayback => false;

    public bool IsInTransaction { get; init; }

    public Guid OperationId { get; }

    public DateTime OperationCreatedOn { get; }

    public int Stage { get; init; }

    public IPluginExecutionContext ParentContext { get; init; } = null!;

    public Guid UserAzureActiveDirectoryObjectId => Guid.Empty;

    public Guid InitiatingUserAzureActiveDirectoryObjectId => Guid.Empty;

    public Guid InitiatingUserApplicationId => Guid.Empty;

    public Guid PortalsContactId => Guid.Empty;

    public bool IsPortalsClientCall => false;

    public Guid AuthenticatedUserId => InitiatingUserId;

    public EntityImageCollection[] PreEntityImagesCollection { get; init; } = Array.Empty<EntityImageCollection>();

    public EntityImageCollection[] PostEntityImagesCollection { get; init; } = Array.Empty<EntityImageCollection>();
}
