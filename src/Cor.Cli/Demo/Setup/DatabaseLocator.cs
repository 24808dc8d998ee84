using System.IO;

namespace Cor.Cli.Demo.Setup;

/// <summary>Checks the <c>--database</c> path before the emulator opens it, so that errors name the option.</summary>
internal static class DatabaseLocator
{
    /// <summary>
    /// Returns the full path of the SQLite file, or null for an in-memory database. Throws
    /// <see cref="DemoSetupException"/> when the path is a folder or its folder does not exist.
    /// </summary>
    public static string? Locate(string? databasePath)
    {
        if (databasePath is null)
        {
            return null;
        }

        var fullPath = Path.GetFullPath(databasePath);
        if (Directory.Exists(fullPath))
        {
            throw new DemoSetupException(
                $"The --database path {fullPath} is a folder, not a file. Pass a file path such as "
                + $"{Path.Combine(fullPath, "cor-demo.db")}.");
        }

        var folder = Path.GetDirectoryName(fullPath);
        if (folder is not null && !Directory.Exists(folder))
        {
            throw new DemoSetupException(
                $"The folder {folder} of the --database file {fullPath} does not exist. Create the folder, or "
                + "pass a --database path in an existing folder.");
        }

        return fullPath;
    }
}
