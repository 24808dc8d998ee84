using System.CommandLine;
using System.IO;
using Cor.Cli.Demo;

namespace Cor.Cli.Commands;

/// <summary>
/// <c>cor demo</c>: runs the sample COR scenario through the emulator with the real plugin assembly and prints each
/// step with its outcome, the plugin's message and its trace.
/// </summary>
internal static class DemoCommand
{
    public static Command Create()
    {
        var solution = new Option<DirectoryInfo?>("--solution")
        {
            HelpName = "folder",
            Description = "Unpacked solution folder (the one that contains Other/Solution.xml). "
                + "Default: solution/ beside the nearest CorDataverse.sln at or above the current folder.",
        };
        var database = new Option<FileInfo?>("--database")
        {
            HelpName = "file",
            Description = "SQLite file that the emulator stores the records in. Default: an in-memory database.",
        };
        var plugins = new Option<DirectoryInfo?>("--plugins")
        {
            HelpName = "folder",
            Description = "Folder that contains the net10.0 build of Cor.Plugins.dll. Default: plugins/ beside cor.",
        };
        var samples = new Option<DirectoryInfo?>("--samples")
        {
            HelpName = "folder",
            Description = "Folder of the scenario's JSON files. Default: samples/ beside cor.",
        };
        var verbose = new Option<bool>("--verbose")
        {
            Description = "Print every trace line, including the plugin's entry and exit lines.",
        };

        var command = new Command("demo", "Run the sample COR scenario through the local Dataverse emulator.")
        {
            solution, database, plugins, samples, verbose,
        };
        command.SetAction(parseResult =>
        {
            var settings = new DemoSettings(
                parseResult.GetValue(solution)?.FullName,
                parseResult.GetValue(plugins)?.FullName,
                parseResult.GetValue(samples)?.FullName,
                parseResult.GetValue(database)?.FullName,
                parseResult.GetValue(verbose),
                Directory.GetCurrentDirectory());
            var configuration = parseResult.InvocationConfiguration;
            return DemoRunner.Run(settings, configuration.Output, configuration.Error);
        });
        return command;
    }
}
