using System;
using System.Globalization;

namespace Cor.Emulator.Tests.Plugins;

/// <summary>Traces OperationCreatedOn and the created id from OutputParameters.</summary>
public sealed class TraceCreatedOnPlugin : Microsoft.Xrm.Sdk.IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var context = serviceProvider.Context();
        var createdOn = context.OperationCreatedOn.ToString("s", CultureInfo.InvariantCulture);
        serviceProvider.Tracing().Trace(createdOn + " id=" + context.OutputParameters["id"]);
    }
}
