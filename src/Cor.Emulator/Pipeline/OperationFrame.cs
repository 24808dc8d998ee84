using System;
using Microsoft.Xrm.Sdk;

namespace Cor.Emulator.Pipeline;

/// <summary>
/// Values shared by every context of one operation: depth, ids, creation time and the shared variables.
/// </summary>
internal sealed class OperationFrame
{
    public OperationFrame(MessageOperation operation, ServiceCaller caller, DateTime createdOn, bool ownsTransaction)
    {
        Operation = operation;
        Caller = caller;
        CreatedOn = createdOn;
        OwnsTransaction = ownsTransaction;
        Depth = (caller.Parent?.Depth ?? 0) + 1;
        CorrelationId = caller.Parent?.CorrelationId ?? Guid.NewGuid();
    }

    public MessageOperation Operation { get; }

    public ServiceCaller Caller { get; }

    public int Depth { get; }

    public DateTime CreatedOn { get; }

    /// <summary>True when this operation opened the transaction, so PreValidation runs outside it.</summary>
    public bool OwnsTransaction { get; }

    public Guid OperationId { get; } = Guid.NewGuid();

    public Guid RequestId { get; } = Guid.NewGuid();

    public Guid CorrelationId { get; }

    /// <summary>Shared variables of PreValidation; later stages reach them through ParentContext.</summary>
    public ParameterCollection PreValidationVariables { get; } = new();

    /// <summary>Shared variables of PreOperation and PostOperation.</summary>
    public ParameterCollection Variables { get; } = new();

    /// <summary>The PreValidation-stage context that PreOperation and PostOperation contexts get as ParentContext.</summary>
    public PluginContext? PreValidationContext { get; set; }
}
