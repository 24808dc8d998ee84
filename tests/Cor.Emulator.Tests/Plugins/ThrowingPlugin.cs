using System;
using Microsoft.Xrm.Sdk;

namespace Cor.Emulator.Tests.Plugins;

/// <summary>Traces a line, then rejects the operation with InvalidPluginExecutionException.</summary>
public sealed class ThrowingPlugin : IPlugin
{
    public const string Message = "The widget is rejected by the test plugin.";

    public void Execute(IServiceProvider serviceProvider)
    {
        serviceProvider.Tracing().Trace("about to reject");
        throw new InvalidPluginExecutionException(Message);
    }
}
