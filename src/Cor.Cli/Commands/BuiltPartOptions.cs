using System.CommandLine;
using System.IO;
using System.Linq;
using Cor.Packer.Packing;

namespace Cor.Cli.Commands;

/// <summary>
/// The <c>--plugin-assembly-dir</c> and <c>--control-output</c> options that <c>cor pack</c> and <c>cor check</c>
/// share: where the built plugin dll and the PCF build output are found for a solution source folder.
/// </summary>
internal sealed class BuiltPartOptions
{
    public Option<DirectoryInfo[]> PluginAssemblyDirectory { get; } = new("--plugin-assembly-dir")
    {
        Description = "Folder with the built net462 plugin dll, repeatable. Used for a solution source folder. " +
            "Default: src/Cor.Plugins/bin/Release/net462, then bin/Debug/net462.",
    };

    public Option<DirectoryInfo[]> ControlOutput { get; } = new("--control-output")
    {
        Description = "PCF build output folder (out/controls), repeatable. Used for a solution source folder. " +
            "Default: pcf/out/controls and pcf/*/out/controls.",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(PluginAssemblyDirectory);
        command.Options.Add(ControlOutput);
    }

    /// <summary>
    /// Builds the pack options for a solution folder: the folders given on the command line, or else the
    /// repository defaults under <paramref name="root"/>.
    /// </summary>
    public PackOptions ToPackOptions(ParseResult parseResult, string root, string? solutionDirectory)
    {
        var defaults = RepositoryLayout.DefaultOptions(root, solutionDirectory);
        var plugins = parseResult.GetValue(PluginAssemblyDirectory);
        var controls = parseResult.GetValue(ControlOutput);
        return new PackOptions
        {
            SolutionDirectory = defaults.SolutionDirectory,
            PluginAssemblyDirectories = plugins is { Length: > 0 }
                ? plugins.Select(directory => directory.FullName).ToList()
                : defaults.PluginAssemblyDirectories,
            ControlOutputDirectories = controls is { Length: > 0 }
                ? controls.Select(directory => directory.FullName).ToList()
                : defaults.ControlOutputDirectories,
        };
    }
}
