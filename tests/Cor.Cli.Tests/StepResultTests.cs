using System;
using Cor.Cli.Demo.Steps;
using Cor.Emulator;
using Xunit;

namespace Cor.Cli.Tests;

public sealed class StepResultTests
{
    [Theory]
    [InlineData("Accepted", "Accepted", null, null)]
    [InlineData("Rejected", "Rejected", "No agenda.", null)]
    [InlineData("Rejected", "Accepted", null, "the scenario expects this step to be rejected")]
    [InlineData("Accepted", "Rejected", "No agenda.", "the scenario expects this step to be accepted")]
    [InlineData("Accepted", "Failed", "Unknown column.", "the emulator could not run the step")]
    public void MismatchReason_ComparesOutcome(string expected, string outcome, string? message, string? reason)
    {
        var step = new ScenarioStep("step", Enum.Parse<StepExpectation>(expected), _ => { });

        var result = Result(step, Enum.Parse<StepOutcome>(outcome), message);

        Assert.Equal(reason, result.MismatchReason);
        Assert.Equal(reason == null, result.IsAsExpected);
    }

    [Fact]
    public void MismatchReason_RejectionForOtherReason_IsNamed()
    {
        var step = new ScenarioStep("step", StepExpectation.Rejected, _ => { }, RejectionMentions: "agenda");

        var result = Result(step, StepOutcome.Rejected, "The meeting is scheduled for 90 minutes.");

        Assert.Equal("the scenario expects a rejection that mentions 'agenda'", result.MismatchReason);
    }

    [Fact]
    public void MismatchReason_FailedCheck_IsReturned()
    {
        var recorder = new StepRecorder();
        recorder.Check(false, "The duration should be 60.");

        var result = new StepResult(
            1, new ScenarioStep("step", StepExpectation.Accepted, _ => { }), StepOutcome.Accepted, null,
            Array.Empty<PluginExecution>(), recorder);

        Assert.Equal("The duration should be 60.", result.MismatchReason);
    }

    private static StepResult Result(ScenarioStep step, StepOutcome outcome, string? message) =>
        new(1, step, outcome, message, Array.Empty<PluginExecution>(), new StepRecorder());
}
