using System;

namespace Cor.Emulator.Tests.Plugins;

/// <summary>Traces the context's UserId and InitiatingUserId.</summary>
public sealed class TraceUserPlugin : Microsoft.Xrm.Sdk.IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var context = serviceProvider.Context();
        serviceProvider.Tracing().Trace("user={0} initiating={1}", context.UserId, context.InitiatingUserId);
    }
}
