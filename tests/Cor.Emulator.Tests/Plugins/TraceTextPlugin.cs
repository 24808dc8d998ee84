using System;
using Microsoft.Xrm.Sdk;

namespace Cor.Emulator.Tests.Plugins;

/// <summary>Traces text with braces, without and with format arguments, and then its unsecure configuration repeated.</summary>
public sealed class TraceTextPlugin : IPlugin
{
    public const string Json = "{\"name\": \"widget\", \"items\": [{}]}";

    private readonly string? _repeat;

    public TraceTextPlugin(string? unsecure)
    {
        _repeat = unsecure;
    }

    public void Execute(IServiceProvider serviceProvider)
    {
        var tracing = serviceProvider.Tracing();
        tracing.Trace(Json);
        tracing.Trace("count={0}", 3);
        if (int.TryParse(_repeat, out var lines))
        {
            for (var i = 0; i < lines; i++)
            {
                tracing.Trace("line {0:D5} of a long trace", i);
            }
        }
    }
}
