namespace Cor.Cli.Demo.Steps;

/// <summary>What happened to a step's requests.</summary>
internal enum StepOutcome
{
    /// <summary>Every request succeeded.</summary>
    Accepted,

    /// <summary>A plugin or the platform rejected a request, with a message for the user.</summary>
    Rejected,

    /// <summary>The emulator could not serve a request, which points to a bug in the demo or the emulator.</summary>
    Failed,
}
