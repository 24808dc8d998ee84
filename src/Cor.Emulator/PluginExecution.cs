using System;

namespace Cor.Emulator;

/// <summary>
/// One run of a plugin step, with the trace it wrote and the exception it threw, if any.
/// </summary>
public sealed record PluginExecution(
    string StepName,
    string TypeName,
    string MessageName,
    string PrimaryEntityName,
    Guid PrimaryEntityId,
    int Stage,
    int Mode,
    int Depth,
    string TraceText,
    Exception? Exception)
{
    /// <summary>Attempt number of an asynchronous step, counting from 1; retries after OperationStatus.Retry add one.</summary>
    public int Attempt { get; init; } = 1;
}
