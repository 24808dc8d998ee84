using System;
using System.Linq;

namespace Cor.Emulator.Tests.Plugins;

/// <summary>Traces the sorted column names of the Target.</summary>
public sealed class TraceTargetPlugin : Microsoft.Xrm.Sdk.IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var keys = serviceProvider.Target().Attributes.Keys.OrderBy(k => k, StringComparer.Ordinal);
        serviceProvider.Tracing().Trace(string.Join(",", keys));
    }
}
