using System.Collections.Generic;
using System.CommandLine;

namespace Cor.Cli.Commands;

/// <summary>The list of <c>cor</c> subcommands. Each subcommand lives in its own file and is added here.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> All()
    {
        yield return PackCommand.Create();
        yield return UnpackCommand.Create();
        yield return CheckCommand.Create();
        yield return DemoCommand.Create();
    }
}
