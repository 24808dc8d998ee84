using System;

namespace Cor.Cli.Demo;

/// <summary>
/// Thrown when the demo cannot start: a missing solution folder, plugin assembly or sample file. Its message names
/// the path and the fix, and <c>cor demo</c> prints it and exits with <see cref="DemoExitCodes.SetupFailed"/>.
/// </summary>
internal sealed class DemoSetupException : Exception
{
    public DemoSetupException(string message)
        : base(message)
    {
    }

    public DemoSetupException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
