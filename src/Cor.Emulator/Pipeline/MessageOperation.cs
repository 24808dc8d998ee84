using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace Cor.Emulator.Pipeline;

/// <summary>
/// One message going through the pipeline: its parameters, the records it touches and its main operation (stage 30).
/// </summary>
internal sealed class MessageOperation
{
    public MessageOperation(string messageName, string tableName, ParameterCollection input, Action<MessageOperation> core)
    {
        MessageName = messageName;
        TableName = tableName;
        Input = input;
        Core = core;
    }

    public string MessageName { get; }

    /// <summary>Primary table logical name, or "none" for an unbound Custom API.</summary>
    public string TableName { get; }

    public ParameterCollection Input { get; }

    public ParameterCollection Output { get; } = new();

    /// <summary>Main operation, run between PreOperation and PostOperation.</summary>
    public Action<MessageOperation> Core { get; }

    public IList<OperationRecord> Records { get; init; } = new List<OperationRecord>();

    /// <summary>True for CreateMultiple and UpdateMultiple, whose steps see the records as InputParameters["Targets"].</summary>
    public bool IsMultiple { get; init; }

    /// <summary>
    /// The message whose steps also run for this one: Create for CreateMultiple and back, Update for UpdateMultiple
    /// and back, as Dataverse merges their pipelines.
    /// </summary>
    public string? FanOutMessage { get; init; }

    public bool SupportsPreImage { get; init; }

    public bool SupportsPostImage { get; init; }

    /// <summary>True when steps with filtering attributes are checked against Target (Update and UpdateMultiple).</summary>
    public bool UsesFilteringAttributes { get; init; }

    /// <summary>
    /// Check that the records of an Update, Delete or bound Custom API exist. It runs before PreValidation, so a
    /// missing record fails with Dataverse's not-found fault before any step sees it. Null means no check.
    /// </summary>
    public Action<MessageOperation>? RequireRecords { get; init; }

    /// <summary>Work done on the Target just before PreOperation, such as adding platform columns; null for none.</summary>
    public Action<MessageOperation>? BeforePreOperation { get; init; }

    /// <summary>Custom API plugin run at stage 30 in place of <see cref="Core"/>, if any.</summary>
    public PluginStep? MainOperationStep { get; init; }

    /// <summary>
    /// Splits the operation after PreValidation into passes that each run PreOperation, the main operation and
    /// PostOperation; null runs the operation as one pass.
    /// </summary>
    public Func<MessageOperation, IReadOnlyList<MessageOperation>>? Split { get; init; }

    public Guid PrimaryEntityId => Records.Count == 1 ? Records[0].Id : Guid.Empty;
}
