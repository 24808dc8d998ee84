using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Cor.Packer.Packing;

/// <summary>Default locations of the solution source and its built parts in the CorDataverse repository.</summary>
public static class RepositoryLayout
{
    /// <summary>
    /// Returns the nearest folder at or above <paramref name="start"/> that contains CorDataverse.sln, or null.
    /// </summary>
    public static string? FindRoot(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CorDataverse.sln")))
            {
                return directory.FullName;
            }
        }

        return null;
    }

    /// <summary>
    /// Returns pack options for the repository: <c>solution/</c>, the net462 plugin build (Release before Debug) and
    /// every PCF output folder (<c>pcf/out/controls</c> and <c>pcf/*/out/controls</c>).
    /// </summary>
    public static PackOptions DefaultOptions(string root, string? solutionDirectory = null) => new()
    {
        SolutionDirectory = solutionDirectory ?? Path.Combine(root, "solution"),
        PluginAssemblyDirectories =
        [
            Path.Combine(root, "src", "Cor.Plugins", "bin", "Release", "net462"),
            Path.Combine(root, "src", "Cor.Plugins", "bin", "Debug", "net462"),
        ],
        ControlOutputDirectories = ControlOutputs(root),
    };

    private static List<string> ControlOutputs(string root)
    {
        var pcf = Path.Combine(root, "pcf");
        var outputs = new List<string> { Path.Combine(pcf, "out", "controls") };
        if (Directory.Exists(pcf))
        {
            outputs.AddRange(Directory.EnumerateDirectories(pcf)
                .Order(StringComparer.Ordinal)
                .Select(project => Path.Combine(project, "out", "controls"))
                .Where(Directory.Exists));
        }

        return outputs;
    }
}
