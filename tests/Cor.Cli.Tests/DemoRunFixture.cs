namespace Cor.Cli.Tests;

/// <summary>
/// One run of <c>cor demo</c> with the default options, shared by the tests that only read its output. It finds the
/// solution by walking up from the test's working folder, as a run from inside the repository does.
/// </summary>
public sealed class DemoRunFixture
{
    public DemoRunFixture()
    {
        Result = CliRunner.Run("demo");
    }

    internal CliResult Result { get; }
}
