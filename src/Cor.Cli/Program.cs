using System.CommandLine;
using Cor.Cli.Commands;

namespace Cor.Cli;

/// <summary>Entry point of the <c>cor</c> command-line tool.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var root = CreateRootCommand();
        return root.Parse(args).Invoke();
    }

    /// <summary>Builds the root command with every subcommand. Tests call it to run commands in process.</summary>
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
