namespace Cor.Cli.Demo.Steps;

/// <summary>What the scenario expects Dataverse to do with a step's requests.</summary>
internal enum StepExpectation
{
    Accepted,
    Rejected,
}
