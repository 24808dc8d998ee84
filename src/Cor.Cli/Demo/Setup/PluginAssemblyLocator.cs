using System;
using System.IO;

namespace Cor.Cli.Demo.Setup;

/// <summary>
/// Finds the folder that contains the net10.0 build of Cor.Plugins.dll, which the emulator loads by the assembly name
/// registered in the solution. The build puts it in <c>plugins/</c> beside the cor assembly.
/// </summary>
internal static class PluginAssemblyLocator
{
    public const string AssemblyFileName = "Cor.Plugins.dll";

    /// <summary>Folder that the build copies the plugin assembly into: <c>plugins/</c> beside the running assembly.</summary>
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "plugins");

    /// <summary>Returns the full path of the folder, or throws <see cref="DemoSetupException"/> naming the missing file.</summary>
    public static string Locate(string? explicitDirectory)
    {
        var directory = Path.GetFullPath(explicitDirectory ?? DefaultDirectory);
        var assemblyPath = Path.Combine(directory, AssemblyFileName);
        if (File.Exists(assemblyPath))
        {
            return directory;
        }

        throw new DemoSetupException(
            $"The plugin assembly {assemblyPath} was not found. Run `dotnet build src/Cor.Cli`, which builds "
            + $"Cor.Plugins and copies {AssemblyFileName} into plugins/ beside cor, or pass --plugins with the folder "
            + "that contains the net10.0 build of Cor.Plugins.dll.");
    }
}
