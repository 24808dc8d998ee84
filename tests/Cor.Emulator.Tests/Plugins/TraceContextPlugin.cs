using System;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace Cor.Emulator.Tests.Plugins;

/// <summary>Traces the context's stage, depth, transaction flag and images, for tests to assert on.</summary>
public sealed class TraceContextPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var context = serviceProvider.Context();
        var tracing = serviceProvider.Tracing();
        tracing.Trace("stage={0} depth={1} intransaction={2}", context.Stage, context.Depth, context.IsInTransaction);
        foreach (var image in context.PreEntityImages)
        {
            tracing.Trace("pre {0}: {1}", image.Key, string.Join(",", image.Value.Attributes.Keys.OrderBy(k => k, StringComparer.Ordinal)));
        }

        foreach (var image in context.PostEntityImages)
        {
            tracing.Trace("post {0}: {1}", image.Key, string.Join(",", image.Value.Attributes.Keys.OrderBy(k => k, StringComparer.Ordinal)));
        }
    }
}
