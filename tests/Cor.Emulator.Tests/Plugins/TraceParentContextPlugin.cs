using System;
using Microsoft.Xrm.Sdk;

namespace Cor.Emulator.Tests.Plugins;

/// <summary>
/// Traces, one line per value, whether the PreValidation parent context has the same operation values as the
/// context of this step.
/// </summary>
public sealed class TraceParentContextPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var context = serviceProvider.Context();
        var parent = context.ParentContext;
        var tracing = serviceProvider.Tracing();
        tracing.Trace("parent stage={0}", parent.Stage);
        Compare(tracing, "Depth", context.Depth, parent.Depth);
        Compare(tracing, "PrimaryEntityName", context.PrimaryEntityName, parent.PrimaryEntityName);
        Compare(tracing, "PrimaryEntityId", context.PrimaryEntityId, parent.PrimaryEntityId);
        Compare(tracing, "UserId", context.UserId, parent.UserId);
        Compare(tracing, "InitiatingUserId", context.InitiatingUserId, parent.InitiatingUserId);
        Compare(tracing, "BusinessUnitId", context.BusinessUnitId, parent.BusinessUnitId);
        Compare(tracing, "OrganizationId", context.OrganizationId, parent.OrganizationId);
        Compare(tracing, "OrganizationName", context.OrganizationName, parent.OrganizationName);
        Compare(tracing, "RequestId", context.RequestId, parent.RequestId);
        Compare(tracing, "OperationId", context.OperationId, parent.OperationId);
        Compare(tracing, "OperationCreatedOn", context.OperationCreatedOn, parent.OperationCreatedOn);
        Compare(tracing, "CorrelationId", context.CorrelationId, parent.CorrelationId);
    }

    private static void Compare(ITracingService tracing, string name, object? own, object? parent) =>
        tracing.Trace("{0}={1}", name, Equals(own, parent) && own is not null ? "same" : "different");
}
