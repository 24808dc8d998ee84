using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Cor.Packer.Packing;

namespace Cor.Cli.Commands;

/// <summary>
/// Checks and fills the target folder of <c>cor unpack</c>. The zip is unpacked into a new folder beside the target
/// first, so an invalid zip leaves the target as it was, even with <c>--force</c>.
/// </summary>
internal static class UnpackTarget
{
    /// <summary>Returns why the zip or the target folder cannot be used, with the fix, or null when both can.</summary>
    public static string? FindProblem(FileInfo zip, DirectoryInfo folder, bool force)
    {
        if (!zip.Exists)
        {
            return $"the zip '{zip.FullName}' does not exist. Pass the path of a solution zip.";
        }

        if (File.Exists(folder.FullName))
        {
            return $"the target '{folder.FullName}' is a file, not a folder. Pass a new or empty folder.";
        }

        if (!folder.Exists || !folder.EnumerateFileSystemInfos().Any())
        {
            return null;
        }

        if (!force)
        {
            return $"the folder '{folder.FullName}' is not empty. Pass a new or empty folder, or add --force to " +
                "delete its contents and unpack into it.";
        }

        if (IsInside(zip.FullName, folder.FullName))
        {
            return $"the zip '{zip.FullName}' is inside the folder '{folder.FullName}', which --force would delete. " +
                "Move the zip out of the folder first.";
        }

        return IsInside(Environment.CurrentDirectory, folder.FullName)
            ? $"the folder '{folder.FullName}' contains the current folder, which --force would delete. Run cor " +
              "from a folder outside it."
            : null;
    }

    private static bool IsInside(string path, string folder)
    {
        var folderPrefix = Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar;
        var pathWithSeparator = Path.TrimEndingDirectorySeparator(path) + Path.DirectorySeparatorChar;
        return pathWithSeparator.StartsWith(folderPrefix, StringComparison.Ordinal);
    }

    /// <summary>
    /// Unpacks the zip into a new folder beside the target, then replaces the target with it. Returns the entries
    /// that no component claimed.
    /// </summary>
    public static IReadOnlyList<string> Unpack(string zipPath, string targetDirectory)
    {
        var target = Path.TrimEndingDirectorySeparator(targetDirectory);
        var staging = target + ".unpacking-" + Guid.NewGuid().ToString("N");
        try
        {
            var unclaimed = SolutionUnpacker.Unpack(zipPath, staging);
            if (Directory.Exists(target))
            {
                Directory.Delete(target, recursive: true);
            }

            Directory.Move(staging, target);
            return unclaimed;
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }
}
