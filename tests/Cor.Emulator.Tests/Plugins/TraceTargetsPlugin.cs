using System;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace Cor.Emulator.Tests.Plugins;

/// <summary>Traces the message with its Target name, or the Targets count and per-record pre-image names.</summary>
public sealed class TraceTargetsPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext4)serviceProvider.GetService(typeof(IPluginExecutionContext4))!;
        var tracing = serviceProvider.Tracing();
        if (context.InputParameters.TryGetValue("Target", out var target))
        {
            tracing.Trace("{0} target={1}", context.MessageName, ((Entity)target)["test_name"]);
            return;
        }

        var targets = (EntityCollection)context.InputParameters["Targets"];
        var images = context.PreEntityImagesCollection
            .Where(c => c.Contains("Pre"))
            .Select(c => c["Pre"].GetAttributeValue<string>("test_name"))
            .ToList();
        var suffix = images.Count == 0 ? string.Empty : " preimages=" + string.Join(",", images);
        tracing.Trace("{0} targets={1}{2}", context.MessageName, targets.Entities.Count, suffix);
    }
}
