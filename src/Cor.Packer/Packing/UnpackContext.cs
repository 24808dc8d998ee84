using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Cor.Packer.Xml;

namespace Cor.Packer.Packing;

/// <summary>State of one unpack: the parsed customizations.xml, the zip entries and the output folder.</summary>
internal sealed class UnpackContext
{
    private readonly IReadOnlyDictionary<string, byte[]> _entries;

    public UnpackContext(XElement customizations, IReadOnlyDictionary<string, byte[]> entries, string outputDirectory)
    {
        Customizations = customizations;
        _entries = entries;
        OutputDirectory = outputDirectory;
    }

    public XElement Customizations { get; }

    public string OutputDirectory { get; }

    /// <summary>Entry names written to the source folder so far. The unpacker reports the rest as unknown.</summary>
    public HashSet<string> ConsumedEntries { get; } = new(StringComparer.Ordinal);

    public IEnumerable<string> EntryNames => _entries.Keys;

    public IEnumerable<XElement> ComponentsOf(string container, string componentName) =>
        Customizations.Element(container)?.Elements(componentName) ?? [];

    /// <summary>
    /// Returns the bytes of a zip entry named by a component's <c>FileName</c>, with or without a leading slash.
    /// </summary>
    /// <exception cref="SolutionFormatException">The zip has no such entry.</exception>
    public byte[] ReadEntry(string fileName)
    {
        var entryName = fileName.TrimStart('/');
        if (!_entries.TryGetValue(entryName, out var content))
        {
            throw new SolutionFormatException(
                $"customizations.xml names the file '{fileName}', but the zip has no entry '{entryName}'. " +
                "Repack the solution so that every FileName has its part.");
        }

        ConsumedEntries.Add(entryName);
        return content;
    }

    public void WriteXml(string relativePath, XElement root) => WriteBytes(relativePath, XmlFiles.Serialize(root));

    public void WriteBytes(string relativePath, byte[] content)
    {
        var path = Path.Combine(OutputDirectory, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
    }

    /// <summary>Copies every entry under a folder prefix to the same relative path in the source folder.</summary>
    public void CopyEntriesUnder(string prefix)
    {
        foreach (var name in _entries.Keys.Where(name => name.StartsWith(prefix, StringComparison.Ordinal)).ToList())
        {
            WriteBytes(name, ReadEntry(name));
        }
    }
}
