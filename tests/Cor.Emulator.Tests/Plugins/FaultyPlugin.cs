using System;

namespace Cor.Emulator.Tests.Plugins;

/// <summary>Fails with an exception that is not InvalidPluginExecutionException, as a plugin bug would.</summary>
public sealed class FaultyPlugin : Microsoft.Xrm.Sdk.IPlugin
{
    public void Execute(IServiceProvider serviceProvider) =>
        throw new InvalidOperationException("Sequence contains no elements");
}
