using System;
using Microsoft.Xrm.Sdk;

namespace Cor.Emulator.Pipeline;

/// <summary>
/// One record that an operation works on, with the full record before and after the main operation for images.
/// </summary>
internal sealed class OperationRecord
{
    public OperationRecord(string tableName, Guid id, Entity? target)
    {
        TableName = tableName;
        Id = id;
        Target = target;
    }

    public string TableName { get; }

    /// <summary>Record id. For Create it is chosen before the pipeline runs, so every stage gets it as PrimaryEntityId.</summary>
    public Guid Id { get; set; }

    /// <summary>The Target entity of Create and Update, shared by all steps so that their changes are seen later.</summary>
    public Entity? Target { get; }

    public Entity? PreImage { get; set; }

    public Entity? PostImage { get; set; }
}
