using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Invocation;
using Cor.Cli.Commands;

namespace Cor.Cli;

/// <summary>Entry point of the <c>cor</c> command-line tool.</summary>
public static class Program
{
    public static int Main(string[] args) => Run(args, new InvocationConfiguration());

    /// <summary>
    /// Parses and runs a command line. A parse error, such as an unknown option, exits with
    /// <see cref="CommandExitCodes.CannotRun"/> like every other argument error, where System.CommandLine returns 1.
    /// </summary>
    public static int Run(IReadOnlyList<string> args, InvocationConfiguration configuration)
    {
        var parseResult = CreateRootCommand().Parse(args);
        var exitCode = parseResult.Invoke(configuration);
        return parseResult.Action is ParseErrorAction ? CommandExitCodes.CannotRun : exitCode;
    }

    /// <summary>Builds the root command with every subcommand.</summary>
    public static RootCommand CreateRootCommand()
    {
        var root = new RootCommand("cor: run, pack and check the CorDataverse solution on this machine.");
        foreach (var command in CommandCatalog.All())
        {
            root.Subcommands.Add(command);
        }

        return root;
    }
}
