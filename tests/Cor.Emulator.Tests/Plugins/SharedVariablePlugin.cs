using System;
using Microsoft.Xrm.Sdk;

namespace Cor.Emulator.Tests.Plugins;

/// <summary>
/// In PreValidation, stores a shared variable; in later stages, traces what it finds in its own and its parent's.
/// </summary>
public sealed class SharedVariablePlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var context = serviceProvider.Context();
        if (context.Stage == 10)
        {
            context.SharedVariables["fromPreValidation"] = "yes";
            return;
        }

        var own = context.SharedVariables.Contains("fromPreValidation");
        var parent = context.ParentContext?.SharedVariables.Contains("fromPreValidation") ?? false;
        serviceProvider.Tracing().Trace("own={0} parent={1}", own, parent);
    }
}
