using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Cor.Packer.Packing;
using Cor.Packer.Xml;

namespace Cor.Packer.Checks;

/// <summary>
/// The solution under check: a source folder, or the source layout of an unpacked zip, with its XML files loaded
/// once and the parsed tables, steps and plugin assemblies that several rules share.
/// </summary>
internal sealed class CheckContext
{
    private readonly Dictionary<string, XElement?> _documents = new(StringComparer.Ordinal);
    private readonly List<SolutionDiagnostic> _loadDiagnostics = [];
    private readonly Lazy<IReadOnlyDictionary<string, TableModel>> _tables;
    private readonly Lazy<IReadOnlyList<PluginAssemblyModel>> _assemblies;

    public CheckContext(PackOptions options, string displayPrefix, ZipPackage? zip)
    {
        Options = options;
        DisplayPrefix = displayPrefix;
        Zip = zip;
        _tables = new Lazy<IReadOnlyDictionary<string, TableModel>>(() => TableModel.LoadAll(this));
        _assemblies = new Lazy<IReadOnlyList<PluginAssemblyModel>>(() => PluginAssemblyModel.LoadAll(this));
    }

    public PackOptions Options { get; }

    public string SourceDirectory => Options.SolutionDirectory;

    /// <summary>
    /// Text put before each relative path in a diagnostic: the source folder, or the zip and an arrow.
    /// </summary>
    public string DisplayPrefix { get; }

    /// <summary>The zip being checked, or null when a source folder is checked.</summary>
    public ZipPackage? Zip { get; }

    public IReadOnlyList<SolutionDiagnostic> LoadDiagnostics => _loadDiagnostics;

    /// <summary>Tables in the solution, keyed by lower-case logical name.</summary>
    public IReadOnlyDictionary<string, TableModel> Tables => _tables.Value;

    public IReadOnlyList<PluginAssemblyModel> Assemblies => _assemblies.Value;

    public string Display(string relativePath) => DisplayPrefix + relativePath;

    public bool Exists(string relativePath) => File.Exists(Path.Combine(SourceDirectory, relativePath));

    /// <summary>Loads a source XML file once. A malformed file gives one diagnostic and null.</summary>
    public XElement? Load(string relativePath)
    {
        if (_documents.TryGetValue(relativePath, out var cached))
        {
            return cached;
        }

        XElement? root = null;
        try
        {
            root = XmlFiles.Load(Path.Combine(SourceDirectory, relativePath)).Root;
        }
        catch (SolutionFormatException exception)
        {
            _loadDiagnostics.Add(new SolutionDiagnostic(
                "cor-xml-well-formed", Display(relativePath), "(document)",
                $"The file is not well-formed XML: {exception.InnerException?.Message}",
                "Fix the markup at the line and position given."));
        }

        _documents[relativePath] = root;
        return root;
    }

    /// <summary>Lists source files under a folder as sorted relative paths with forward slashes.</summary>
    public IReadOnlyList<string> Files(string folder, string pattern, bool recursive = true)
    {
        var directory = Path.Combine(SourceDirectory, folder);
        if (!Directory.Exists(directory))
        {
            return [];
        }

        var option = recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly;
        return Directory.EnumerateFiles(directory, pattern, option)
            .Where(path => !path.EndsWith("_managed.xml", StringComparison.OrdinalIgnoreCase))
            .Select(path => Path.GetRelativePath(SourceDirectory, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Loads every file matched by <see cref="Files"/> and returns the well-formed ones.</summary>
    public IEnumerable<(string Path, XElement Root)> LoadAll(string folder, string pattern, bool recursive = true) =>
        Files(folder, pattern, recursive)
            .Select(path => (Path: path, Root: Load(path)))
            .Where(file => file.Root is not null)
            .Select(file => (file.Path, file.Root!));

    public XElement? SolutionManifest => Load(SolutionManifestPart.SourcePath)?.Element("SolutionManifest");

    /// <summary>Publisher customization prefix, such as <c>cor</c>. Empty when Solution.xml has none.</summary>
    public string Prefix => SolutionManifest?.Element("Publisher")?.ChildValue("CustomizationPrefix") ?? string.Empty;

    /// <summary>Publisher option value prefix, such as 10735. Null when missing or not a number.</summary>
    public int? OptionValuePrefix =>
        int.TryParse(
            SolutionManifest?.Element("Publisher")?.ChildValue("CustomizationOptionValuePrefix"),
            System.Globalization.NumberStyles.None,
            System.Globalization.CultureInfo.InvariantCulture,
            out var prefix)
            ? prefix
            : null;

    public SolutionDiagnostic Error(string ruleId, string relativePath, string element, string message, string fix) =>
        new(ruleId, Display(relativePath), element, message, fix);
}
