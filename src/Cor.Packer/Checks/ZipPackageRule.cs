using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Cor.Packer.Packing;
using Cor.Packer.Xml;

namespace Cor.Packer.Checks;

/// <summary>
/// Checks a packed zip itself: the three root parts with their exact names, forward slashes in entry names, and a
/// [Content_Types].xml that covers every extension and every file without one.
/// </summary>
internal sealed class ZipPackageRule : ISolutionRule
{
    public const string RuleId = "cor-zip-layout";
    private static readonly string[] RootParts = ["solution.xml", "customizations.xml", ContentTypes.PartName];

    public IEnumerable<SolutionDiagnostic> Check(CheckContext context)
    {
        if (context.Zip is not { } zip)
        {
            yield break;
        }

        foreach (var part in RootParts.Where(part => !zip.Entries.ContainsKey(part)))
        {
            yield return new SolutionDiagnostic(RuleId, zip.Path, part,
                $"The zip has no '{part}' at its root. Import rejects it.",
                "Pack with 'cor pack', which writes solution.xml, customizations.xml and [Content_Types].xml.");
        }

        foreach (var name in zip.Entries.Keys.Where(name => name.Contains('\\', StringComparison.Ordinal)))
        {
            yield return new SolutionDiagnostic(RuleId, zip.Path, name,
                $"The entry name '{name}' contains a backslash.", "Use forward slashes in entry names.");
        }

        if (zip.Entries.TryGetValue(ContentTypes.PartName, out var content))
        {
            foreach (var diagnostic in CheckContentTypes(zip, content))
            {
                yield return diagnostic;
            }
        }
    }

    private static IEnumerable<SolutionDiagnostic> CheckContentTypes(ZipPackage zip, byte[] content)
    {
        XNamespace ns = ContentTypes.Namespace;
        var types = XmlFiles.Parse(content, ContentTypes.PartName).Root!;
        var defaults = types.Elements(ns + "Default")
            .Select(element => element.AttributeValue("Extension").ToLowerInvariant())
            .ToHashSet(StringComparer.Ordinal);
        var overrides = types.Elements(ns + "Override")
            .Select(element => element.AttributeValue("PartName"))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var name in zip.Entries.Keys)
        {
            var extension = Path.GetExtension(name).TrimStart('.').ToLowerInvariant();
            var covered = extension.Length > 0 ? defaults.Contains(extension) : overrides.Contains("/" + name);
            if (!covered)
            {
                yield return new SolutionDiagnostic(RuleId, $"{zip.Path}!{ContentTypes.PartName}", "Types",
                    $"No content type covers the entry '{name}'.",
                    extension.Length > 0
                        ? $"Add <Default Extension=\"{extension}\" ContentType=\"{ContentTypes.OctetStream}\" />."
                        : $"Add <Override PartName=\"/{name}\" ContentType=\"{ContentTypes.OctetStream}\" />.");
            }
        }
    }
}
