using System;
using Microsoft.Xrm.Sdk;

namespace Cor.Emulator.Tests.Plugins;

/// <summary>Always asks the asynchronous service to retry it.</summary>
public sealed class RetryPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider) =>
        throw new InvalidPluginExecutionException(OperationStatus.Retry, "Try again later.");
}
