using System;

namespace Microsoft.Xrm.Sdk;

/// <summary>Plugin execution context with Microsoft Entra ID and portal caller data (SDK 9.0.2.46 members).</summary>
public interface IPluginExecutionContext2 : IPluginExecutionContext
{
    Guid UserAzureActiveDirectoryObjectId { get; }

    Guid InitiatingUserAzureActiveDirectoryObjectId { get; }

    Guid InitiatingUserApplicationId { get; }

    Guid PortalsContactId { get; }

    bool IsPortalsClientCall { get; }
}
