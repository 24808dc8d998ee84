using System.IO;
using System.Reflection;
using System.Runtime.Loader;

namespace Cor.Emulator.SolutionFiles;

/// <summary>
/// A collectible load context for one plugin assembly. Microsoft.Xrm.Sdk always resolves from the default context,
/// so the plugin and the emulator share IPlugin and the other SDK types. Other dependencies load from the plugin's folder.
/// </summary>
internal sealed class PluginLoadContext : AssemblyLoadContext
{
    private const string SdkAssemblyName = "Microsoft.Xrm.Sdk";

    private readonly string _directory;

    public PluginLoadContext(string name, string directory)
        : base(name, isCollectible: true)
    {
        _directory = directory;
    }

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (assemblyName.Name == SdkAssemblyName)
        {
            return null;
        }

        var path = Path.Combine(_directory, assemblyName.Name + ".dll");
        return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
    }
}
