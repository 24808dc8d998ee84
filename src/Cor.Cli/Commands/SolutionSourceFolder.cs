using System.IO;

namespace Cor.Cli.Commands;

/// <summary>Validates the solution source folder that <c>cor pack</c> and <c>cor check</c> read.</summary>
internal static class SolutionSourceFolder
{
    /// <summary>
    /// Returns why the folder is not a solution source folder, with the fix, or null when it contains
    /// Other/Solution.xml. The fix names <paramref name="optionName"/>, or the folder argument when it is null.
    /// </summary>
    public static string? FindProblem(string directory, string? optionName)
    {
        var fix = optionName is null
            ? "Pass the folder that contains Other/Solution.xml"
            : $"Pass {optionName} with the folder that contains Other/Solution.xml";
        if (!Directory.Exists(directory))
        {
            return $"the solution folder '{directory}' does not exist. {fix}.";
        }

        return File.Exists(Path.Combine(directory, "Other", "Solution.xml"))
            ? null
            : $"the folder '{directory}' has no Other/Solution.xml, so it is not a solution source folder. {fix}, " +
              "or run 'cor unpack' to make one from a zip.";
    }
}
