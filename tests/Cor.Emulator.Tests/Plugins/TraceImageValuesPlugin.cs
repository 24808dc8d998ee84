using System;

namespace Cor.Emulator.Tests.Plugins;

/// <summary>Traces test_quantity from the pre-image and the post-image named "Image".</summary>
public sealed class TraceImageValuesPlugin : Microsoft.Xrm.Sdk.IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var context = serviceProvider.Context();
        var before = context.PreEntityImages["Image"].GetAttributeValue<int>("test_quantity");
        var after = context.PostEntityImages["Image"].GetAttributeValue<int>("test_quantity");
        serviceProvider.Tracing().Trace("pre={0} post={1}", before, after);
    }
}
