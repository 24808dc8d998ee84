using System;
using Microsoft.Xrm.Sdk;

namespace Cor.Emulator.Tests.Plugins;

/// <summary>Updates the same widget again on every update, which loops until the depth limit stops it.</summary>
public sealed class RecursiveUpdatePlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var context = serviceProvider.Context();
        serviceProvider.Tracing().Trace("depth={0}", context.Depth);
        var update = new Entity("test_widget", context.PrimaryEntityId) { ["test_quantity"] = context.Depth };
        serviceProvider.Service().Update(update);
    }
}
