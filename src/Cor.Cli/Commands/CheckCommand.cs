using System;
using System.CommandLine;
using System.IO;
using Cor.Packer.Checks;
using Cor.Packer.Packing;

namespace Cor.Cli.Commands;

/// <summary>
/// <c>cor check</c>: validates solution source or a zip. Exits with one of the <see cref="CommandExitCodes"/>.
/// </summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var target = new Argument<string>("target")
        {
            Description = "Solution source folder or solution zip. Default: solution/.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var builtParts = new BuiltPartOptions();
        var command = new Command(
            "check",
            "Check solution source or a zip: schema order, root components, prefixes, option values, plugin " +
            "registrations, the plugin dll, the PCF control, the cor_ setting values and the solution-checker " +
            "rules for plugins. Exit code: 0 no errors, 1 errors found, 2 the target was not found or is a folder " +
            "without Other/Solution.xml.")
        {
            target,
        };
        builtParts.AddTo(command);
        command.SetAction(parseResult => Run(parseResult, parseResult.GetValue(target), builtParts));
        return command;
    }

    private static int Run(ParseResult parseResult, string? path, BuiltPartOptions builtParts)
    {
        var output = parseResult.InvocationConfiguration.Output;
        var error = parseResult.InvocationConfiguration.Error;
        if (path is not null && File.Exists(path))
        {
            return Report(SolutionChecker.CheckZip(Path.GetFullPath(path)), output, error);
        }

        var root = RepositoryLayout.FindRoot(Environment.CurrentDirectory) ?? Environment.CurrentDirectory;
        var options = builtParts.ToPackOptions(parseResult, root, path is null ? null : Path.GetFullPath(path));
        if (!Directory.Exists(options.SolutionDirectory))
        {
            error.WriteLine(
                $"error: '{options.SolutionDirectory}' is neither a zip nor a folder. Pass a solution folder or zip.");
            return CommandExitCodes.CannotRun;
        }

        if (SolutionSourceFolder.FindProblem(options.SolutionDirectory, optionName: null) is { } problem)
        {
            error.WriteLine($"error: {problem}");
            return CommandExitCodes.CannotRun;
        }

        return Report(SolutionChecker.CheckFolder(options), output, error);
    }

    private static int Report(CheckReport report, TextWriter output, TextWriter error)
    {
        foreach (var diagnostic in report.Diagnostics)
        {
            error.WriteLine($"error: {diagnostic}");
        }

        output.WriteLine(report.Passed
            ? $"{report.Target}: no errors."
            : $"{report.Target}: {report.Diagnostics.Count} error(s).");
        return report.Passed ? CommandExitCodes.Success : CommandExitCodes.ContentErrors;
    }
}
