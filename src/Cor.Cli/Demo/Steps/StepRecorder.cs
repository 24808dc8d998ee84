using System.Collections.Generic;

namespace Cor.Cli.Demo.Steps;

/// <summary>
/// Collects what a step observed: facts worth printing and failed checks, which make the step unexpected.
/// </summary>
internal sealed class StepRecorder
{
    private readonly List<string> facts = new();
    private readonly List<string> failedChecks = new();

    public IReadOnlyList<string> Facts => facts;

    public IReadOnlyList<string> FailedChecks => failedChecks;

    public void Fact(string text) => facts.Add(text);

    /// <summary>Records the failure text when the condition does not hold.</summary>
    public void Check(bool condition, string failure)
    {
        if (!condition)
        {
            failedChecks.Add(failure);
        }
    }
}
