using System;
using System.CommandLine;
using System.IO;
using Cor.Packer;
using Cor.Packer.Packing;

namespace Cor.Cli.Commands;

/// <summary>
/// <c>cor pack</c>: builds the unmanaged and managed solution zips from the solution source. Exits with one of the
/// <see cref="CommandExitCodes"/>.
/// </summary>
internal static class PackCommand
{
    public static Command Create()
    {
        var solution = new Option<DirectoryInfo>("--solution")
        {
            Description = "Solution source folder, the one with Other/Solution.xml. Default: solution/.",
        };
        var output = new Option<DirectoryInfo>("--out") { Description = "Folder for the zips. Default: out/." };
        var builtParts = new BuiltPartOptions();
        var command = new Command(
            "pack",
            "Pack the solution source into out/<UniqueName>_<version>.zip and <UniqueName>_<version>_managed.zip. " +
            "Exit code: 0 packed, 1 the source has errors, 2 the solution folder was not found or has no " +
            "Other/Solution.xml.")
        {
            solution, output,
        };
        builtParts.AddTo(command);
        command.SetAction(parseResult => Run(
            parseResult,
            parseResult.GetValue(solution)?.FullName,
            parseResult.GetValue(output)?.FullName,
            builtParts));
        return command;
    }

    private static int Run(
        ParseResult parseResult, string? solutionDirectory, string? outputDirectory, BuiltPartOptions builtParts)
    {
        var error = parseResult.InvocationConfiguration.Error;
        var root = RepositoryLayout.FindRoot(Environment.CurrentDirectory) ?? Environment.CurrentDirectory;
        var options = builtParts.ToPackOptions(parseResult, root, solutionDirectory);
        if (SolutionSourceFolder.FindProblem(options.SolutionDirectory, "--solution") is { } problem)
        {
            error.WriteLine($"error: {problem}");
            return CommandExitCodes.CannotRun;
        }

        var output = parseResult.InvocationConfiguration.Output;
        return PackBoth(options, outputDirectory ?? Path.Combine(root, "out"), output, error);
    }

    private static int PackBoth(PackOptions options, string outputDirectory, TextWriter output, TextWriter error)
    {
        try
        {
            foreach (var kind in new[] { PackageKind.Unmanaged, PackageKind.Managed })
            {
                var (zipPath, result) = SolutionPacker.PackToFolder(options, kind, outputDirectory);
                foreach (var warning in result.Warnings)
                {
                    error.WriteLine($"warning: {warning}");
                }

                output.WriteLine($"Packed {zipPath} ({result.Entries.Count} entries).");
            }

            return CommandExitCodes.Success;
        }
        catch (SolutionFormatException exception)
        {
            error.WriteLine($"error: {exception.Message}");
            return CommandExitCodes.ContentErrors;
        }
    }
}
