using System.IO;

namespace Cor.Cli.Demo.Setup;

/// <summary>
/// Finds the unpacked solution folder: the one given with <c>--solution</c>, or <c>solution/</c> beside the
/// <c>CorDataverse.sln</c> found in the start folder or the nearest folder above it.
/// </summary>
internal static class SolutionLocator
{
    public const string SolutionFileName = "CorDataverse.sln";

    /// <summary>File that every unpacked solution folder contains, used to tell a solution folder from any folder.</summary>
    public static readonly string ManifestPath = Path.Combine("Other", "Solution.xml");

    /// <summary>Returns the full path of the solution folder, or throws <see cref="DemoSetupException"/>.</summary>
    public static string Locate(string? explicitDirectory, string startDirectory)
    {
        if (explicitDirectory != null)
        {
            return CheckSolutionFolder(Path.GetFullPath(explicitDirectory), "--solution");
        }

        var repositoryRoot = FindRepositoryRoot(Path.GetFullPath(startDirectory));
        if (repositoryRoot == null)
        {
            throw new DemoSetupException(
                $"No {SolutionFileName} was found in {Path.GetFullPath(startDirectory)} or any folder above it, so the "
                + "solution folder is unknown. Run cor from inside the CorDataverse repository, or pass --solution "
                + "with the unpacked solution folder (the one that contains Other/Solution.xml).");
        }

        return CheckSolutionFolder(Path.Combine(repositoryRoot, "solution"), SolutionFileName);
    }

    /// <summary>Returns the nearest folder at or above the start folder that contains CorDataverse.sln, or null.</summary>
    public static string? FindRepositoryRoot(string startDirectory)
    {
        for (var directory = new DirectoryInfo(startDirectory); directory != null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFileName)))
            {
                return directory.FullName;
            }
        }

        return null;
    }

    private static string CheckSolutionFolder(string directory, string foundThrough)
    {
        if (!Directory.Exists(directory))
        {
            throw new DemoSetupException(
                $"The solution folder {directory} (from {foundThrough}) does not exist. Pass --solution with the "
                + "unpacked solution folder, the one that contains Other/Solution.xml.");
        }

        if (!File.Exists(Path.Combine(directory, ManifestPath)))
        {
            throw new DemoSetupException(
                $"The folder {directory} (from {foundThrough}) has no {ManifestPath}, so it is not an unpacked "
                + "solution. Pass --solution with the folder that contains Other/Solution.xml.");
        }

        return directory;
    }
}
