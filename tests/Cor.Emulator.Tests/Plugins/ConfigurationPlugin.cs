using System;
using Microsoft.Xrm.Sdk;

namespace Cor.Emulator.Tests.Plugins;

/// <summary>Traces the configuration strings its constructor received.</summary>
public sealed class ConfigurationPlugin : IPlugin
{
    private readonly string _unsecure;
    private readonly string _secure;

    public ConfigurationPlugin(string unsecure, string secure)
    {
        _unsecure = unsecure;
        _secure = secure;
    }

    public void Execute(IServiceProvider serviceProvider) =>
        serviceProvider.Tracing().Trace("unsecure={0} secure={1}", _unsecure, _secure);
}
