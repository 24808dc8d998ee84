using System;
using System.Collections.Generic;
using System.Linq;

namespace Cor.Emulator.Pipeline;

/// <summary>
/// All steps of one emulator, from the solution and from code, looked up by message, table, stage and mode.
/// </summary>
internal sealed class StepRegistry
{
    private readonly List<PluginStep> _steps = new();

    public IReadOnlyList<PluginStep> Steps => _steps;

    public void Add(PluginStepRegistration registration, Guid? stepId = null)
    {
        Validate(registration);
        _steps.Add(new PluginStep(registration, _steps.Count, stepId ?? Guid.NewGuid()));
    }

    /// <summary>
    /// Returns the steps of one stage and mode for any of the given messages, sorted by rank and then by registration.
    /// </summary>
    public IReadOnlyList<PluginStep> Find(IReadOnlyCollection<string> messageNames, string tableName, int stage, int mode) =>
        _steps.Where(s => s.Stage == stage && s.Mode == mode && messageNames.Any(m => s.AppliesTo(m, tableName)))
            .OrderBy(s => s.Rank)
            .ThenBy(s => s.Order)
            .ToList();

    private static void Validate(PluginStepRegistration registration)
    {
        if (registration.Stage is not (PipelineStage.PreValidation or PipelineStage.PreOperation or PipelineStage.PostOperation))
        {
            throw new EmulatorConfigurationException(
                $"Step for '{registration.PluginType.FullName}' has stage {(int)registration.Stage}; use 10, 20 or 40. " +
                "Stage 30 runs only the plugin type of a Custom API, named in its customapi.xml.");
        }

        if (registration.Mode == StepMode.Asynchronous && registration.Stage != PipelineStage.PostOperation)
        {
            throw new EmulatorConfigurationException(
                $"Step for '{registration.PluginType.FullName}' is asynchronous in stage {(int)registration.Stage}; " +
                "Dataverse allows asynchronous steps only in PostOperation (40).");
        }
    }
}
