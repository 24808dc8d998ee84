using System;
using Microsoft.Xrm.Sdk;

namespace Cor.Emulator.Tests.Plugins;

/// <summary>
/// Creates a test_part with a missing lookup target, catches the failure, then creates another part, as a plugin
/// that ignores errors from service calls does.
/// </summary>
public sealed class SwallowingPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var service = serviceProvider.Service();
        try
        {
            service.Create(new Entity("test_part") { ["test_widgetid"] = new EntityReference("test_widget", Guid.NewGuid()) });
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            serviceProvider.Tracing().Trace("ignored: {0}", exception.Message);
        }

        service.Create(new Entity("test_part") { ["test_name"] = "after the failure" });
    }
}
