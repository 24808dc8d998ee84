namespace Cor.Cli.Demo;

/// <summary>Exit codes of <c>cor demo</c>.</summary>
internal static class DemoExitCodes
{
    /// <summary>Every step was accepted or rejected as the scenario expects.</summary>
    public const int Success = 0;

    /// <summary>A step was accepted where the scenario expects a rejection, or the reverse, or a check failed.</summary>
    public const int UnexpectedOutcome = 1;

    /// <summary>
    /// The demo could not start: the solution, the plugin assembly, the samples or the database file is missing or
    /// invalid.
    /// </summary>
    public const int SetupFailed = 2;
}
