using System;

namespace Cor.Emulator.Pipeline;

/// <summary>
/// Who sends a request: the user it runs as, the user who started the chain, and, for a request sent through a
/// plugin's service, that plugin's context.
/// </summary>
internal sealed record ServiceCaller(Guid UserId, Guid InitiatingUserId, PluginContext? Parent);
