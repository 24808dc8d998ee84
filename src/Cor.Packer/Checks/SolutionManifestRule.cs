using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using Cor.Packer.Packing;
using Cor.Packer.Xml;

namespace Cor.Packer.Checks;

/// <summary>
/// Checks Solution.xml: unique name, version format, the Managed flag, and the publisher's customization prefix
/// (2 to 8 letters or digits, starting with a letter, not <c>mscrm</c>) and option value prefix (10000 to 99999).
/// </summary>
internal sealed partial class SolutionManifestRule : ISolutionRule
{
    private const string File = SolutionManifestPart.SourcePath;

    public IEnumerable<SolutionDiagnostic> Check(CheckContext context)
    {
        var manifest = context.SolutionManifest;
        if (manifest is null)
        {
            yield return context.Error(
                "cor-solution-manifest", File, "SolutionManifest",
                "Solution.xml is missing or has no <SolutionManifest>.",
                "Add Other/Solution.xml with an <ImportExportXml><SolutionManifest> as an export writes it.");
            yield break;
        }

        if (manifest.ChildValue("UniqueName").Length == 0)
        {
            yield return context.Error(
                "cor-solution-manifest", File, "UniqueName", "The solution unique name is empty.",
                "Write the unique name, for example CorDataverse.");
        }

        var version = manifest.ChildValue("Version");
        if (!SolutionManifestPart.VersionPattern().IsMatch(version))
        {
            yield return context.Error(
                "cor-solution-version", File, "Version",
                $"The version '{version}' is not 2 to 4 numbers joined by dots.",
                "Write a version such as 1.0.0.0 and raise it for every release.");
        }

        var managed = manifest.ChildValue("Managed");
        var allowed = context.Zip is null ? new[] { "0", "2" } : ["0", "1"];
        if (Array.IndexOf(allowed, managed) < 0)
        {
            yield return context.Error(
                "cor-solution-managed", File, "Managed",
                $"<Managed> is '{managed}'; {(context.Zip is null ? "source" : "a packed zip")} allows " +
                $"{string.Join(" or ", allowed)}.",
                context.Zip is null
                    ? "Write 0 for unmanaged-only source or 2 for source unpacked with both package types."
                    : "Pack again with 'cor pack', which writes 0 (unmanaged) or 1 (managed).");
        }

        foreach (var diagnostic in CheckPublisher(context))
        {
            yield return diagnostic;
        }
    }

    private static IEnumerable<SolutionDiagnostic> CheckPublisher(CheckContext context)
    {
        var prefix = context.Prefix;
        if (!PrefixPattern().IsMatch(prefix) || prefix.StartsWith("mscrm", StringComparison.OrdinalIgnoreCase))
        {
            yield return context.Error(
                "cor-publisher-prefix", File, "Publisher/CustomizationPrefix",
                $"The customization prefix '{prefix}' is not 2 to 8 letters or digits starting with a letter, " +
                "or it starts with 'mscrm'.",
                "Use the publisher prefix fixed for this project, cor.");
        }

        var optionPrefix = context.OptionValuePrefix;
        if (optionPrefix is null or < 10000 or > 99999)
        {
            yield return context.Error(
                "cor-publisher-option-prefix", File, "Publisher/CustomizationOptionValuePrefix",
                $"The option value prefix '{optionPrefix}' is not a number from 10000 to 99999.",
                "Use the option value prefix fixed for this project, 10735.");
        }
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{1,7}$")]
    private static partial Regex PrefixPattern();
}
