using System.Collections.Generic;
using System.Linq;
using Cor.Packer.Components;
using Cor.Packer.Xml;

namespace Cor.Packer.Packing;

/// <summary>Turns a solution zip back into the source layout that <see cref="SolutionPacker"/> reads.</summary>
public static class SolutionUnpacker
{
    /// <summary>
    /// Writes the source files of a zip into a folder and returns the names of entries that no component claimed.
    /// Those entries are copied to the same relative path, so nothing is lost, but pack does not read them.
    /// </summary>
    /// <exception cref="SolutionFormatException">A root part is missing or a component names a missing
    /// entry.</exception>
    public static IReadOnlyList<string> Unpack(string zipPath, string outputDirectory)
    {
        var entries = DeterministicZip.Read(zipPath);
        var solution = ReadRootPart(entries, SolutionManifestPart.PartName, zipPath);
        var customizations = ReadRootPart(entries, "customizations.xml", zipPath);
        var context = new UnpackContext(customizations, entries, outputDirectory);
        context.ConsumedEntries.UnionWith([SolutionManifestPart.PartName, "customizations.xml", ContentTypes.PartName]);
        foreach (var format in ComponentFormats.All)
        {
            format.Unpack(context);
        }

        context.WriteXml(SolutionManifestPart.SourcePath, solution);
        context.WriteXml(CustomizationsAssembler.SkeletonPath, CustomizationsAssembler.ToSkeleton(customizations));
        var unclaimed = context.EntryNames.Where(name => !context.ConsumedEntries.Contains(name)).ToList();
        foreach (var name in unclaimed)
        {
            context.WriteBytes(name, entries[name]);
        }

        return unclaimed;
    }

    private static System.Xml.Linq.XElement ReadRootPart(
        IReadOnlyDictionary<string, byte[]> entries, string partName, string zipPath)
    {
        if (!entries.TryGetValue(partName, out var content))
        {
            throw new SolutionFormatException(
                $"{zipPath} has no '{partName}' at its root. A solution zip needs solution.xml, customizations.xml " +
                "and [Content_Types].xml at the root.",
                "Pack it again with 'cor pack'.");
        }

        return XmlFiles.Parse(content, $"{zipPath}!{partName}").Root!;
    }
}
