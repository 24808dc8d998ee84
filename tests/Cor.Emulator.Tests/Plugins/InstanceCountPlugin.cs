using System;
using System.Threading;

namespace Cor.Emulator.Tests.Plugins;

/// <summary>Counts its own runs in an instance field, which shows whether the instance is reused.</summary>
public sealed class InstanceCountPlugin : Microsoft.Xrm.Sdk.IPlugin
{
    private int _runs;

    public void Execute(IServiceProvider serviceProvider) =>
        serviceProvider.Tracing().Trace("run={0}", Interlocked.Increment(ref _runs));
}
