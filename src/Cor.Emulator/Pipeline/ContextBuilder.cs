using System;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace Cor.Emulator.Pipeline;

/// <summary>
/// Builds the context of one step run from the operation frame, the invocation and the emulator's organization.
/// </summary>
internal sealed class ContextBuilder
{
    private readonly EmulatorIdentity _identity;
    private readonly Func<Guid, Guid> _businessUnitOf;

    public ContextBuilder(EmulatorIdentity identity, Func<Guid, Guid> businessUnitOf)
    {
        _identity = identity;
        _businessUnitOf = businessUnitOf;
    }

    public PluginContext Build(OperationFrame frame, PluginStep step, StepInvocation invocation, int stage, int mode)
    {
        var userId = step.Registration.ImpersonatingUserId ?? frame.Caller.UserId;
        var record = invocation.Records.Count == 1 ? invocation.Records[0] : null;
        var multiple = invocation.IsMultiple;
        return new PluginContext(frame, _identity, userId, _businessUnitOf(userId))
        {
            Mode = mode,
            Stage = stage,
            MessageName = invocation.MessageName,
            PrimaryEntityId = invocation.PrimaryEntityId,
            InputParameters = invocation.Input,
            OutputParameters = invocation.Output,
            SharedVariables = stage == (int)PipelineStage.PreValidation ? frame.PreValidationVariables : frame.Variables,
            ParentContext = stage == (int)PipelineStage.PreValidation ? frame.Caller.Parent! : frame.PreValidationContext!,
            OwningExtension = new EntityReference("sdkmessageprocessingstep", step.Id),
            IsInTransaction = mode == (int)StepMode.Synchronous && (stage != (int)PipelineStage.PreValidation || !frame.OwnsTransaction),
            PreEntityImages = multiple || record is null ? new EntityImageCollection() : ImageBuilder.PreImages(step, record, stage, frame.Operation),
            PostEntityImages = multiple || record is null ? new EntityImageCollection() : ImageBuilder.PostImages(step, record, stage, frame.Operation),
            PreEntityImagesCollection = multiple
                ? invocation.Records.Select(r => ImageBuilder.PreImages(step, r, stage, frame.Operation)).ToArray()
                : Array.Empty<EntityImageCollection>(),
            PostEntityImagesCollection = multiple
                ? invocation.Records.Select(r => ImageBuilder.PostImages(step, r, stage, frame.Operation)).ToArray()
                : Array.Empty<EntityImageCollection>(),
        };
    }

    /// <summary>
    /// Builds the PreValidation-stage context that later stages see as ParentContext, carrying the PreValidation
    /// shared variables.
    /// </summary>
    public PluginContext BuildPreValidationParent(OperationFrame frame)
    {
        var userId = frame.Caller.UserId;
        return new PluginContext(frame, _identity, userId, _businessUnitOf(userId))
        {
            Stage = (int)PipelineStage.PreValidation,
            MessageName = frame.Operation.MessageName,
            PrimaryEntityId = frame.Operation.PrimaryEntityId,
            InputParameters = frame.Operation.Input,
            OutputParameters = frame.Operation.Output,
            SharedVariables = frame.PreValidationVariables,
            ParentContext = frame.Caller.Parent!,
            IsInTransaction = !frame.OwnsTransaction,
        };
    }
}
