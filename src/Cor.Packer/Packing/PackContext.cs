using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Cor.Packer.Xml;

namespace Cor.Packer.Packing;

/// <summary>
/// State of one pack: the components collected per customizations.xml container and the binary parts.
/// </summary>
internal sealed class PackContext
{
    private readonly Dictionary<string, List<XElement>> _containers = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, byte[]> _entries = new(StringComparer.Ordinal);

    public PackContext(PackOptions options, PackageKind kind)
    {
        Options = options;
        Kind = kind;
    }

    public PackOptions Options { get; }

    public PackageKind Kind { get; }

    public string SourceDirectory => Options.SolutionDirectory;

    public List<string> Warnings { get; } = [];

    /// <summary>Names of root components (type and schema name) left out because a part of them is missing.</summary>
    public HashSet<string> SkippedRootComponents { get; } = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyDictionary<string, byte[]> Entries => _entries;

    public string FullPath(string relativePath) => Path.Combine(SourceDirectory, relativePath);

    /// <summary>Adds components to a container, ordered by a key so that file names and order never matter.</summary>
    public void AddComponents(string container, IEnumerable<XElement> components, Func<XElement, string> sortKey)
    {
        if (!_containers.TryGetValue(container, out var list))
        {
            list = [];
            _containers[container] = list;
        }

        list.AddRange(components);
        var sorted = list.OrderBy(sortKey, StringComparer.OrdinalIgnoreCase).ToList();
        list.Clear();
        list.AddRange(sorted);
    }

    public IReadOnlyList<XElement> ComponentsOf(string container) =>
        _containers.TryGetValue(container, out var list) ? list : [];

    /// <summary>Adds a binary or raw part to the zip.</summary>
    /// <exception cref="SolutionFormatException">
    /// Two parts have the same entry name, or the part is a Microsoft.Xrm.Sdk assembly, which must never ship.
    /// </exception>
    public void AddEntry(string entryName, byte[] content)
    {
        var fileName = Path.GetFileName(entryName);
        if (fileName.StartsWith("Microsoft.Xrm.Sdk", StringComparison.OrdinalIgnoreCase)
            && fileName.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
        {
            throw new SolutionFormatException(
                $"The source contains '{entryName}', a Microsoft.Xrm.Sdk assembly. Delete it, because Dataverse " +
                "provides the SDK and the project's stand-in must never ship.");
        }

        if (!_entries.TryAdd(entryName, content))
        {
            throw new SolutionFormatException(
                $"Two source files map to the zip entry '{entryName}'. Rename one of them or fix its FileName.");
        }
    }

    /// <summary>
    /// Returns the root element of a source XML file. For a managed package the <c>_managed.xml</c> twin is used
    /// when it exists, as SolutionPackager does for forms, app modules and site maps.
    /// </summary>
    public XElement LoadVariant(string relativePath)
    {
        var path = FullPath(relativePath);
        if (Kind == PackageKind.Managed)
        {
            var twin = Path.ChangeExtension(path, null) + "_managed.xml";
            if (File.Exists(twin))
            {
                path = twin;
            }
        }

        return XmlFiles.Load(path).Root!;
    }

    /// <summary>Lists the XML files under a source folder, sorted, without the <c>_managed.xml</c> twins.</summary>
    public IReadOnlyList<string> FindFiles(string folder, string pattern, SearchOption option)
    {
        var directory = FullPath(folder);
        if (!Directory.Exists(directory))
        {
            return [];
        }

        return Directory.EnumerateFiles(directory, pattern, option)
            .Where(path => !path.EndsWith("_managed.xml", StringComparison.OrdinalIgnoreCase))
            .Select(path => Path.GetRelativePath(SourceDirectory, path).Replace('\\', '/'))
            .OrderBy(path => path, StringComparer.Ordinal)
            .ToList();
    }
}
