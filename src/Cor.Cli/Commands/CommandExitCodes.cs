namespace Cor.Cli.Commands;

/// <summary>Exit codes of <c>cor pack</c>, <c>cor unpack</c> and <c>cor check</c>.</summary>
internal static class CommandExitCodes
{
    /// <summary>The command did its work and found no errors.</summary>
    public const int Success = 0;

    /// <summary>The checked, packed or unpacked content has errors, which the command printed.</summary>
    public const int ContentErrors = 1;

    /// <summary>
    /// The command could not run: an invalid argument, a missing file or folder, or a target it must not overwrite.
    /// </summary>
    public const int CannotRun = 2;
}
