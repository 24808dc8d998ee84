using System.Collections.Generic;
using Cor.Emulator;

namespace Cor.Cli.Demo.Steps;

/// <summary>What one step did: its outcome, the error message, the plugin runs and the recorded facts and checks.</summary>
internal sealed record StepResult(
    int Number,
    ScenarioStep Step,
    StepOutcome Outcome,
    string? Message,
    IReadOnlyList<PluginExecution> Executions,
    StepRecorder Recorder)
{
    /// <summary>Returns whether the outcome matches the expectation and every check passed.</summary>
    public bool IsAsExpected => MismatchReason == null;

    /// <summary>Returns why the step is unexpected, or null when it went as the scenario expects.</summary>
    public string? MismatchReason
    {
        get
        {
            if (Outcome == StepOutcome.Failed)
            {
                return "the emulator could not run the step";
            }

            if ((Outcome == StepOutcome.Accepted) != (Step.Expected == StepExpectation.Accepted))
            {
                return $"the scenario expects this step to be {Step.Expected.ToString().ToLowerInvariant()}";
            }

            if (Outcome == StepOutcome.Rejected && !MentionsExpectedText())
            {
                return $"the scenario expects a rejection that mentions '{Step.RejectionMentions}'";
            }

            return Recorder.FailedChecks.Count > 0 ? string.Join(" ", Recorder.FailedChecks) : null;
        }
    }

    private bool MentionsExpectedText() =>
        Step.RejectionMentions == null
        || (Message ?? string.Empty).Contains(Step.RejectionMentions, System.StringComparison.OrdinalIgnoreCase);
}
