using System;
using Microsoft.Xrm.Sdk;

namespace Cor.Emulator.Pipeline;

/// <summary>
/// The execution context handed to one plugin run. One object implements every IPluginExecutionContext version, so a
/// plugin gets the same context whichever interface it requests from the service provider.
/// </summary>
internal sealed class PluginContext : IPluginExecutionContext4
{
    public int Mode { get; init; }

    /// <summary>Always 2 (Sandbox), the only isolation mode Dataverse online offers.</summary>
    public int IsolationMode => 2;

    public int Depth { get; init; }

    public string MessageName { get; init; } = string.Empty;

    public string PrimaryEntityName { get; init; } = string.Empty;

    public Guid? RequestId { get; init; }

    public string SecondaryEntityName => "none";

    public ParameterCollection InputParameters { get; init; } = new();

    public ParameterCollection OutputParameters { get; init; } = new();

    public ParameterCollection SharedVariables { get; init; } = new();

    public Guid UserId { get; init; }

    public Guid InitiatingUserId { get; init; }

    public Guid BusinessUnitId { get; init; }

    public Guid OrganizationId { get; init; }

    public string OrganizationName { get; init; } = string.Empty;

    public Guid PrimaryEntityId { get; set; }

    public EntityImageCollection PreEntityImages { get; init; } = new();

    public EntityImageCollection PostEntityImages { get; init; } = new();

    public EntityReference OwningExtension { get; init; } = new();

    public Guid CorrelationId { get; init; }

    public bool IsExecutingOffline => false;

    public bool IsOfflinePlayback => false;

    public bool IsInTransaction { get; init; }

    public Guid OperationId { get; init; }

    public DateTime OperationCreatedOn { get; init; }

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
