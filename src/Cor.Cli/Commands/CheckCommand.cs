using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using Cor.Packer.Checks;
using Cor.Packer.Packing;

namespace Cor.Cli.Commands;

/// <summary><c>cor check</c>: validates solution source or a zip. The exit code is 1 when any error is found.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var target = new Argument<string>("target")
        {
            Description = "Solution source folder or solution zip. Default: solution/.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var pluginDirectory = new Option<DirectoryInfo[]>("--plugin-assembly-dir")
        {
            Description = "Folder with the built net462 plugin dll when checking a folder, repeatable. Default: " +
                "src/Cor.Plugins/bin/Release/net462, then bin/Debug/net462.",
        };
        var controlOutput = new Option<DirectoryInfo[]>("--control-output")
        {
            Description = "PCF build output folder (out/controls) when checking a folder, repeatable. Default: " +
                "pcf/out/controls and pcf/*/out/controls.",
        };
        var command = new Command(
            "check",
            "Check solution source or a zip: schema order, root components, prefixes, option values, plugin " +
            "registrations, the plugin dll, the PCF control and the solution-checker rules for plugins.")
        {
            target, pluginDirectory, controlOutput,
        };
        command.SetAction(parseResult =>
        {
            var path = parseResult.GetValue(target);
            if (path is not null && File.Exists(path))
            {
                return Report(SolutionChecker.CheckZip(Path.GetFullPath(path)));
            }

            var root = RepositoryLayout.FindRoot(Environment.CurrentDirectory) ?? Environment.CurrentDirectory;
            var defaults = RepositoryLayout.DefaultOptions(root, path is null ? null : Path.GetFullPath(path));
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
            if (!Directory.Exists(options.SolutionDirectory))
            {
                Console.Error.WriteLine(
                    $"error: '{options.SolutionDirectory}' is neither a zip nor a folder. " +
                    "Pass a solution folder or zip.");
                return 2;
            }

            return Report(SolutionChecker.CheckFolder(options));
        });
        return command;
    }

    private static int Report(CheckReport report)
    {
        foreach (var diagnostic in report.Diagnostics)
        {
            Console.Error.WriteLine($"error: {diagnostic}");
        }

        Console.WriteLine(report.Passed
            ? $"{report.Target}: no errors."
            : $"{report.Target}: {report.Diagnostics.Count} error(s).");
        return report.Passed ? 0 : 1;
    }
}
