using System.IO;
using System.Linq;
using Cor.Packer.Packing;

namespace Cor.Packer.Components;

/// <summary>Finds the built dll of a plugin assembly named in a <c>.dll.data.xml</c> file.</summary>
public static class PluginAssemblyLocator
{
    /// <summary>
    /// Returns the dll next to the data file when present, otherwise <c>&lt;simple name&gt;.dll</c> from the first
    /// plugin assembly folder that has it, otherwise null.
    /// </summary>
    public static string? Locate(PackOptions options, string dataPath, string fullName)
    {
        var besideData = Path.Combine(options.SolutionDirectory, dataPath[..^".data.xml".Length]);
        if (File.Exists(besideData))
        {
            return besideData;
        }

        var simpleName = fullName.Split(',')[0].Trim();
        return options.PluginAssemblyDirectories
            .Select(directory => Path.Combine(directory, simpleName + ".dll"))
            .FirstOrDefault(File.Exists);
    }
}
