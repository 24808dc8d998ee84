using System;

namespace Microsoft.Xrm.Sdk;

/// <summary>Plugin execution context with the authenticated user.</summary>
public interface IPluginExecutionContext3 : IPluginExecutionContext2
{
    Guid AuthenticatedUserId { get; }
}
