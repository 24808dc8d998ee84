using System;
using System.IO;

namespace Cor.Plugins.Tests;

/// <summary>
/// Locations in the repository, found by walking up from the test binaries to the folder of CorDataverse.sln.
/// </summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Solution => Path.Combine(Root, "solution");

    /// <summary>Folder of the test binaries, which contains the net10.0 build of Cor.Plugins.dll.</summary>
    public static string PluginAssemblyDirectory => AppContext.BaseDirectory;

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory != null && !File.Exists(Path.Combine(directory.FullName, "CorDataverse.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName
            ?? throw new InvalidOperationException(
                $"No CorDataverse.sln above {AppContext.BaseDirectory}. Run the tests from inside the repository.");
    }
}
