using System.Collections.Generic;
using System.IO;
using System.Linq;
using Cor.Packer.Components;
using Cor.Packer.Xml;

namespace Cor.Packer.Packing;

/// <summary>
/// Packs an unpacked solution source folder into a solution zip, the way SolutionPackager's pack does.
/// </summary>
public static class SolutionPacker
{
    /// <summary>
    /// Builds the zip entries: solution.xml, customizations.xml, [Content_Types].xml, then parts by name.
    /// </summary>
    /// <exception cref="SolutionFormatException">A source file is missing or malformed. The message names
    /// it.</exception>
    public static PackResult Pack(PackOptions options, PackageKind kind)
    {
        var context = new PackContext(options, kind);
        foreach (var format in ComponentFormats.All)
        {
            format.Pack(context);
        }

        var solution = SolutionManifestPart.Build(context);
        var version = SolutionManifestPart.ReadVersion(solution);
        var customizations = CustomizationsAssembler.Assemble(context);
        var parts = context.Entries.Select(entry => new PackageEntry(entry.Key, entry.Value)).ToList();
        var rootNames = new[] { SolutionManifestPart.PartName, "customizations.xml" };
        var entries = new List<PackageEntry>
        {
            new(SolutionManifestPart.PartName, XmlFiles.Serialize(solution)),
            new("customizations.xml", XmlFiles.Serialize(customizations)),
            new(ContentTypes.PartName, ContentTypes.Build(rootNames.Concat(parts.Select(part => part.Name)))),
        };
        entries.AddRange(parts);
        return new PackResult(version, entries, context.Warnings);
    }

    /// <summary>Packs and writes the zip into a folder. Returns the zip path and the pack result.</summary>
    public static (string ZipPath, PackResult Result) PackToFolder(
        PackOptions options, PackageKind kind, string outputDirectory)
    {
        var result = Pack(options, kind);
        var solution = XmlFiles.Parse(result.Entries[0].Content, SolutionManifestPart.PartName).Root!;
        var zipPath = Path.Combine(
            outputDirectory, SolutionManifestPart.ZipFileName(solution, result.Version, kind));
        Directory.CreateDirectory(outputDirectory);
        using (var stream = File.Create(zipPath))
        {
            DeterministicZip.Write(stream, result.Entries);
        }

        return (zipPath, result);
    }
}
