using System;
using System.Collections.Generic;
using System.IO;
using Cor.Packer.Components;
using Cor.Packer.Xml;

namespace Cor.Packer.Checks;

/// <summary>
/// Checks each PCF control: its name carries the publisher prefix and matches its folder, its FileName points at the
/// manifest, and the built manifest and bundle are present and declare the same namespace and constructor.
/// </summary>
internal sealed class ControlRule : ISolutionRule
{
    public const string RuleId = "cor-pcf-control";

    public IEnumerable<SolutionDiagnostic> Check(CheckContext context)
    {
        foreach (var (path, root) in context.LoadAll(CustomControlFormat.Folder, CustomControlFormat.DataFile))
        {
            var name = root.ChildValue("Name");
            var folder = Path.GetFileName(Path.GetDirectoryName(path)) ?? string.Empty;
            if (!string.Equals(folder, name, StringComparison.Ordinal))
            {
                yield return context.Error(RuleId, path, "CustomControl/Name",
                    $"The control name '{name}' differs from its folder '{folder}'.",
                    $"Rename the folder to Controls/{name}/ or correct <Name>.");
            }

            var expectedFileName = $"/Controls/{name}/{ControlLocator.ManifestFile}";
            if (root.ChildValue("FileName") != expectedFileName)
            {
                yield return context.Error(RuleId, path, "CustomControl/FileName",
                    $"<FileName> is '{root.ChildValue("FileName")}'.",
                    $"Write <FileName>{expectedFileName}</FileName>.");
            }

            var built = ControlLocator.Locate(context.Options, name);
            if (built is null)
            {
                yield return context.Error(RuleId, path, "CustomControl",
                    $"The built {ControlLocator.ManifestFile} and {ControlLocator.BundleFile} of '{name}' were not " +
                    "found, " +
                    "so the pack leaves the control out.",
                    "Build the PCF project in production mode, or pass its out/controls folder with --control-output.");
                continue;
            }

            var qualified = ControlLocator.ReadQualifiedName(Path.Combine(built, ControlLocator.ManifestFile));
            if (!name.EndsWith("_" + qualified, StringComparison.Ordinal))
            {
                yield return context.Error(RuleId, path, "CustomControl/Name",
                    $"The manifest declares '{qualified}', which does not match the control name '{name}'.",
                    $"Name the control '{context.Prefix}_{qualified}'.");
            }
        }
    }
}
