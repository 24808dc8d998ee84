using System;
using Microsoft.Xrm.Sdk;

namespace Cor.Emulator.Tests.Plugins;

/// <summary>Appends its unsecure configuration to the Target's test_name, showing the order steps run in.</summary>
public sealed class AppendNamePlugin : IPlugin
{
    private readonly string _suffix;

    public AppendNamePlugin(string unsecureConfiguration)
    {
        _suffix = unsecureConfiguration;
    }

    public void Execute(IServiceProvider serviceProvider)
    {
        var target = serviceProvider.Target();
        target["test_name"] = target.GetAttributeValue<string>("test_name") + _suffix;
    }
}
