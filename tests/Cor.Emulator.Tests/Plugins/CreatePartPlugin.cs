using System;
using Microsoft.Xrm.Sdk;

namespace Cor.Emulator.Tests.Plugins;

/// <summary>Creates a test_part for the widget through the plugin's own service.</summary>
public sealed class CreatePartPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var context = serviceProvider.Context();
        var part = new Entity("test_part")
        {
            ["test_name"] = "part of " + context.PrimaryEntityId,
            ["test_widgetid"] = new EntityReference("test_widget", context.PrimaryEntityId),
        };
        serviceProvider.Service().Create(part);
    }
}
