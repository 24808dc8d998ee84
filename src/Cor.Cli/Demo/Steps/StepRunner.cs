using System;
using System.Collections.Generic;
using System.Linq;
using Cor.Emulator;
using Microsoft.Xrm.Sdk;

namespace Cor.Cli.Demo.Steps;

/// <summary>
/// Runs scenario steps one after another, catching the rejection of each and collecting the plugin runs it caused.
/// </summary>
internal sealed class StepRunner
{
    private readonly Func<IReadOnlyList<PluginExecution>> readExecutions;
    private int stepNumber;

    /// <param name="readExecutions">Returns every plugin run so far, oldest first, such as the emulator's log.</param>
    public StepRunner(Func<IReadOnlyList<PluginExecution>> readExecutions)
    {
        this.readExecutions = readExecutions;
    }

    public StepResult Run(ScenarioStep step)
    {
        stepNumber++;
        var executionsBefore = readExecutions().Count;
        var recorder = new StepRecorder();
        var (outcome, message) = Invoke(step, recorder);
        var executions = readExecutions().Skip(executionsBefore).ToList();
        if (step.CheckExecutions?.Invoke(executions) is string failure)
        {
            recorder.Check(false, failure);
        }

        return new StepResult(stepNumber, step, outcome, message, executions, recorder);
    }

    private static (StepOutcome Outcome, string? Message) Invoke(ScenarioStep step, StepRecorder recorder)
    {
        try
        {
            step.Run(recorder);
            return (StepOutcome.Accepted, null);
        }
        catch (InvalidPluginExecutionException exception)
        {
            return (StepOutcome.Rejected, exception.Message);
        }
        catch (DataverseFaultException exception)
        {
            return (StepOutcome.Rejected, exception.Message);
        }
        catch (EmulatorConfigurationException exception)
        {
            return (StepOutcome.Failed, exception.Message);
        }
    }
}
