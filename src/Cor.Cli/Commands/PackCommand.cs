using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using Cor.Packer;
using Cor.Packer.Packing;

namespace Cor.Cli.Commands;

/// <summary><c>cor pack</c>: builds the unmanaged and managed solution zips from the solution source.</summary>
internal static class PackCommand
{
    public static Command Create()
    {
        var solution = new Option<DirectoryInfo>("--solution")
        {
            Description = "Solution source folder, the one with Other/Solution.xml. Default: solution/.",
        };
        var pluginDirectory = new Option<DirectoryInfo[]>("--plugin-assembly-dir")
        {
            Description = "Folder with the built net462 plugin dll, repeatable. Default: " +
                "src/Cor.Plugins/bin/Release/net462, then bin/Debug/net462.",
        };
        var controlOutput = new Option<DirectoryInfo[]>("--control-output")
        {
            Description = "PCF build output folder (out/controls), repeatable. Default: pcf/out/controls and " +
                "pcf/*/out/controls.",
        };
        var output = new Option<DirectoryInfo>("--out") { Description = "Folder for the zips. Default: out/." };
        var command = new Command(
            "pack",
            "Pack the solution source into out/<UniqueName>_<version>.zip and <UniqueName>_<version>_managed.zip.")
        {
            solution, pluginDirectory, controlOutput, output,
        };
        command.SetAction(parseResult =>
        {
            var root = RepositoryLayout.FindRoot(Environment.CurrentDirectory) ?? Environment.CurrentDirectory;
            var defaults = RepositoryLayout.DefaultOptions(root, parseResult.GetValue(solution)?.FullName);
            var plugins = parseResult.GetValue(pluginDirectory);
            var controls = parseResult.GetValue(controlOutput);
            var options = new PackOptions
            {
                SolutionDirectory = defaults.SolutionDirectory,
                PluginAssemblyDirectories = plugins is { Length: > 0 }
                    ? plugins.Select(directory => directory.FullName).ToList()
                    : defaults.PluginAssemblyDirectories,
                ControlOutputDirectories = controls is { Length: > 0 }
                    ? controls.Select(directory => directory.FullName).ToList()
                    : defaults.ControlOutputDirectories,
            };
            return Run(options, parseResult.GetValue(output)?.FullName ?? Path.Combine(root, "out"));
        });
        return command;
    }

    private static int Run(PackOptions options, string outputDirectory)
    {
        try
        {
            foreach (var kind in new[] { PackageKind.Unmanaged, PackageKind.Managed })
            {
                var (zipPath, result) = SolutionPacker.PackToFolder(options, kind, outputDirectory);
                foreach (var warning in result.Warnings)
                {
                    Console.Error.WriteLine($"warning: {warning}");
                }

                Console.WriteLine($"Packed {zipPath} ({result.Entries.Count} entries).");
            }

            return 0;
        }
        catch (SolutionFormatException exception)
        {
            Console.Error.WriteLine($"error: {exception.Message}");
            return 1;
        }
    }
}
