using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace Cor.Emulator.Pipeline;

/// <summary>
/// One run of a step within an operation: its input and output parameters and the records it covers. A Create step
/// runs once per record of a CreateMultiple, and a CreateMultiple step gets a single Create as a one-record Targets.
/// </summary>
internal sealed record StepInvocation(
    string MessageName,
    ParameterCollection Input,
    ParameterCollection Output,
    IReadOnlyList<OperationRecord> Records,
    bool IsMultiple)
{
    public Guid PrimaryEntityId => Records.Count == 1 ? Records[0].Id : Guid.Empty;

    public static IEnumerable<StepInvocation> For(PluginStep step, MessageOperation operation, int stage)
    {
        if (string.Equals(step.MessageName, operation.MessageName, StringComparison.OrdinalIgnoreCase))
        {
            yield return new StepInvocation(operation.MessageName, operation.Input, operation.Output,
                operation.Records.ToList(), operation.IsMultiple);
            yield break;
        }

        var message = operation.FanOutMessage ?? step.MessageName;
        if (operation.IsMultiple)
        {
            foreach (var record in operation.Records)
            {
                yield return Single(message, operation, record, stage);
            }

            yield break;
        }

        yield return Multiple(message, operation, stage);
    }

    private static StepInvocation Single(string message, MessageOperation operation, OperationRecord record, int stage)
    {
        var input = CopyExcept(operation.Input, "Targets");
        input["Target"] = record.Target!;
        var output = new ParameterCollection();
        if (stage == (int)PipelineStage.PostOperation && message == "Create")
        {
            output["id"] = record.Id;
        }

        return new StepInvocation(message, input, output, new[] { record }, IsMultiple: false);
    }

    private static StepInvocation Multiple(string message, MessageOperation operation, int stage)
    {
        var input = CopyExcept(operation.Input, "Target");
        var targets = new EntityCollection { EntityName = operation.TableName };
        foreach (var record in operation.Records)
        {
            targets.Entities.Add(record.Target!);
        }

        input["Targets"] = targets;
        var output = new ParameterCollection();
        if (stage == (int)PipelineStage.PostOperation && message == "CreateMultiple")
        {
            output["Ids"] = operation.Records.Select(r => r.Id).ToArray();
        }

        return new StepInvocation(message, input, output, operation.Records.ToList(), IsMultiple: true);
    }

    private static ParameterCollection CopyExcept(ParameterCollection source, string skippedKey)
    {
        var copy = new ParameterCollection();
        foreach (var parameter in source)
        {
            if (parameter.Key != skippedKey)
            {
                copy[parameter.Key] = parameter.Value;
            }
        }

        return copy;
    }

    /// <summary>
    /// Checks a step's filtering attributes against the current Target(s); an UpdateMultiple step runs when any
    /// record has one of them.
    /// </summary>
    public bool PassesFilter(PluginStep step, MessageOperation operation)
    {
        if (!operation.UsesFilteringAttributes || step.FilteringAttributes.Count == 0)
        {
            return true;
        }

        return Records.Any(r => r.Target is not null && r.Target.Attributes.Keys.Any(step.FilteringAttributes.Contains));
    }
}
