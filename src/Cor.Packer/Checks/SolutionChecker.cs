using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Cor.Packer.Packing;

namespace Cor.Packer.Checks;

/// <summary>
/// Validates solution source or a solution zip against the packer's checklist and the solution-checker rules for
/// plugins. A zip is unpacked into a temporary folder and checked as source, plus the checks on the zip layout.
/// </summary>
public static class SolutionChecker
{
    private static readonly IReadOnlyList<ISolutionRule> Rules =
    [
        new SolutionManifestRule(),
        new ElementOrderRule(),
        new RootComponentRule(),
        new PrefixRule(),
        new OptionValueRule(),
        new PluginAssemblyRule(),
        new PluginTypeRule(),
        new StepRule(),
        new RegistrationCheckerRule(),
        new PluginCodeCheckerRule(),
        new ControlRule(),
        new WebResourceRule(),
        new EnvironmentVariableRule(),
        new SettingValueRule(),
        new CustomApiRule(),
        new RoleRule(),
        new TableRule(),
        new TransitionRule(),
        new SdkStandInRule(),
        new ZipPackageRule(),
    ];

    /// <summary>
    /// Checks a source folder. <paramref name="options"/> gives the folders of the built dll and PCF output.
    /// </summary>
    public static CheckReport CheckFolder(PackOptions options)
    {
        var context = new CheckContext(options, EnsureSlash(options.SolutionDirectory), zip: null);
        return new CheckReport(options.SolutionDirectory, Run(context));
    }

    /// <summary>Checks a zip: its layout and every component, which is read from the zip alone.</summary>
    public static CheckReport CheckZip(string zipPath)
    {
        var directory = Path.Combine(Path.GetTempPath(), "cor-check-" + Guid.NewGuid().ToString("N"));
        try
        {
            var entries = DeterministicZip.Read(zipPath);
            SolutionUnpacker.Unpack(zipPath, directory);
            var options = new PackOptions { SolutionDirectory = directory };
            var context = new CheckContext(options, $"{zipPath} -> ", new ZipPackage(zipPath, entries));
            return new CheckReport(zipPath, Run(context));
        }
        catch (SolutionFormatException exception)
        {
            return new CheckReport(zipPath, [new SolutionDiagnostic(
                ZipPackageRule.RuleId,
                zipPath,
                "(zip)",
                exception.Problem,
                exception.Fix ?? "Pack the zip again with 'cor pack'.")]);
        }
        finally
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    private static List<SolutionDiagnostic> Run(CheckContext context)
    {
        var diagnostics = Rules.SelectMany(rule => rule.Check(context)).ToList();
        diagnostics.InsertRange(0, context.LoadDiagnostics);
        return diagnostics;
    }

    private static string EnsureSlash(string directory) =>
        directory.EndsWith('/') ? directory : directory + "/";
}
