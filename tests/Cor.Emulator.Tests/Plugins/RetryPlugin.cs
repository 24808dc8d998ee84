using System;
using Microsoft.Xrm.Sdk;

namespace Cor.Emulator.Tests.Plugins;

/// <summary>Fails with OperationStatus.Retry on every run, so the asynchronous service retries it.</summary>
public sealed class RetryPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider) =>
        throw new InvalidPluginExecutionException(OperationStatus.Retry, "Try again later.");
}
