using System;

namespace Cor.Emulator.Tests.Plugins;

/// <summary>Sets test_rating on the Target to 9, above the column's MaxValue of 5.</summary>
public sealed class SetRatingPlugin : Microsoft.Xrm.Sdk.IPlugin
{
    public void Execute(IServiceProvider serviceProvider) => serviceProvider.Target()["test_rating"] = 9;
}
