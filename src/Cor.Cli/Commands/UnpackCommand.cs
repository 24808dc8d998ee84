using System.CommandLine;
using System.IO;
using Cor.Packer;

namespace Cor.Cli.Commands;

/// <summary>
/// <c>cor unpack</c>: writes a solution zip back into the source layout that <c>cor pack</c> reads. Exits with one
/// of the <see cref="CommandExitCodes"/>.
/// </summary>
internal static class UnpackCommand
{
    public static Command Create()
    {
        var zip = new Argument<FileInfo>("zip") { Description = "Solution zip to unpack." };
        var folder = new Argument<DirectoryInfo>("folder")
        {
            Description = "Folder the source files are written to. It must be new or empty unless --force is given.",
        };
        var force = new Option<bool>("--force")
        {
            Description = "Replace the contents of a folder that is not empty. Without it, such a folder is " +
                "rejected, because unpacking into it would keep files that are not in the zip.",
        };
        var command = new Command(
            "unpack",
            "Unpack a solution zip into the solution source layout. Exit code: 0 unpacked, 1 the zip is invalid, " +
            "2 the zip or the folder cannot be used.")
        {
            zip, folder, force,
        };
        command.SetAction(parseResult => Run(
            parseResult.GetValue(zip)!,
            parseResult.GetValue(folder)!,
            parseResult.GetValue(force),
            parseResult.InvocationConfiguration));
        return command;
    }

    private static int Run(FileInfo zip, DirectoryInfo folder, bool force, InvocationConfiguration console)
    {
        var problem = UnpackTarget.FindProblem(zip, folder, force);
        if (problem is not null)
        {
            console.Error.WriteLine($"error: {problem}");
            return CommandExitCodes.CannotRun;
        }

        try
        {
            var unclaimed = UnpackTarget.Unpack(zip.FullName, folder.FullName);
            foreach (var name in unclaimed)
            {
                console.Error.WriteLine(
                    $"warning: '{name}' belongs to no known component. It was copied as is, and pack ignores it.");
            }

            console.Output.WriteLine($"Unpacked {zip.FullName} into {folder.FullName}.");
            return CommandExitCodes.Success;
        }
        catch (SolutionFormatException exception)
        {
            console.Error.WriteLine($"error: {exception.Message}");
            return CommandExitCodes.ContentErrors;
        }
    }
}
