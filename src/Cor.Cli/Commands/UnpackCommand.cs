using System;
using System.CommandLine;
using System.IO;
using Cor.Packer;
using Cor.Packer.Packing;

namespace Cor.Cli.Commands;

/// <summary><c>cor unpack</c>: writes a solution zip back into the source layout that <c>cor pack</c> reads.</summary>
internal static class UnpackCommand
{
    public static Command Create()
    {
        var zip = new Argument<FileInfo>("zip") { Description = "Solution zip to unpack." };
        var folder = new Argument<DirectoryInfo>("folder") { Description = "Folder the source files are written to." };
        var command = new Command("unpack", "Unpack a solution zip into the solution source layout.") { zip, folder };
        command.SetAction(parseResult => Run(parseResult.GetValue(zip)!, parseResult.GetValue(folder)!));
        return command;
    }

    private static int Run(FileInfo zip, DirectoryInfo folder)
    {
        if (!zip.Exists)
        {
            Console.Error.WriteLine(
                $"error: the zip '{zip.FullName}' does not exist. Pass the path of a solution zip.");
            return 1;
        }

        try
        {
            var unclaimed = SolutionUnpacker.Unpack(zip.FullName, folder.FullName);
            foreach (var name in unclaimed)
            {
                Console.Error.WriteLine(
                    $"warning: '{name}' belongs to no known component. It was copied as is, and pack ignores it.");
            }

            Console.WriteLine($"Unpacked {zip.FullName} into {folder.FullName}.");
            return 0;
        }
        catch (SolutionFormatException exception)
        {
            Console.Error.WriteLine($"error: {exception.Message}");
            return 1;
        }
    }
}
