using System;

namespace Cor.Emulator.Tests.Plugins;

/// <summary>Sets test_quantity on the Target, so that steps filtered on it qualify afterwards.</summary>
public sealed class SetQuantityPlugin : Microsoft.Xrm.Sdk.IPlugin
{
    public void Execute(IServiceProvider serviceProvider) => serviceProvider.Target()["test_quantity"] = 100;
}
