using System;
using Microsoft.Xrm.Sdk;

namespace Cor.Emulator.Tests.Plugins;

/// <summary>Traces whether every context interface version returns the same object.</summary>
public sealed class ContextVersionsPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var first = serviceProvider.GetService(typeof(IPluginExecutionContext));
        var same = ReferenceEquals(first, serviceProvider.GetService(typeof(IPluginExecutionContext2)))
            && ReferenceEquals(first, serviceProvider.GetService(typeof(IPluginExecutionContext3)))
            && ReferenceEquals(first, serviceProvider.GetService(typeof(IPluginExecutionContext4)))
            && ReferenceEquals(first, serviceProvider.GetService(typeof(IExecutionContext)));
        serviceProvider.Tracing().Trace("same={0}", same);
    }
}
