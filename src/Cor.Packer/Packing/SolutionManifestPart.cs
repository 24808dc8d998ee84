using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Cor.Packer.Xml;

namespace Cor.Packer.Packing;

/// <summary>Builds solution.xml from <c>Other/Solution.xml</c>: the same manifest with the package kind set.</summary>
internal static partial class SolutionManifestPart
{
    public const string SourcePath = "Other/Solution.xml";
    public const string PartName = "solution.xml";

    public static XElement Build(PackContext context)
    {
        var path = context.FullPath(SourcePath);
        if (!File.Exists(path))
        {
            throw new SolutionFormatException(
                $"{SourcePath} is missing from {context.SourceDirectory}. Point --solution at the unpacked source " +
                "folder that contains Other/Solution.xml.");
        }

        var root = new XElement(XmlFiles.Load(path).Root!);
        var manifest = root.Element("SolutionManifest") ?? throw new SolutionFormatException(
            $"{SourcePath}: <SolutionManifest> is missing. Copy the manifest shape of an exported Solution.xml.");
        SetManaged(manifest, context.Kind);
        RemoveSkippedRootComponents(manifest, context);
        return root;
    }

    /// <summary>Returns the solution version, the <c>Version</c> element of the manifest.</summary>
    /// <exception cref="SolutionFormatException">The version is missing or not 2 to 4 numbers joined by
    /// dots.</exception>
    public static string ReadVersion(XElement solutionRoot)
    {
        var version = solutionRoot.Element("SolutionManifest")?.ChildValue("Version") ?? string.Empty;
        if (!VersionPattern().IsMatch(version))
        {
            throw new SolutionFormatException(
                $"{SourcePath}: <Version> is '{version}', which is not 2 to 4 numbers joined by dots. " +
                "Write a version such as 1.0.0.0.");
        }

        return version;
    }

    [GeneratedRegex(@"^\d+(\.\d+){1,3}$")]
    public static partial Regex VersionPattern();

    private static void SetManaged(XElement manifest, PackageKind kind)
    {
        var managed = manifest.Element("Managed");
        var value = ((int)kind).ToString(CultureInfo.InvariantCulture);
        if (managed is null)
        {
            (manifest.Element("Version") ?? manifest.Elements().Last()).AddAfterSelf(new XElement("Managed", value));
        }
        else
        {
            managed.Value = value;
        }
    }

    private static void RemoveSkippedRootComponents(XElement manifest, PackContext context)
    {
        manifest.Element("RootComponents")?.Elements("RootComponent")
            .Where(component => context.SkippedRootComponents.Contains(
                $"{component.AttributeValue("type")}:{component.AttributeValue("schemaName")}"))
            .ToList()
            .ForEach(component => component.Remove());
    }

    /// <summary>
    /// Returns the zip file name for a version: <c>&lt;UniqueName&gt;_&lt;version&gt;[_managed].zip</c>.
    /// </summary>
    public static string ZipFileName(XElement solutionRoot, string version, PackageKind kind)
    {
        var uniqueName = solutionRoot.Element("SolutionManifest")?.ChildValue("UniqueName");
        if (string.IsNullOrEmpty(uniqueName))
        {
            throw new SolutionFormatException($"{SourcePath}: <UniqueName> is empty. Write the solution unique name.");
        }

        var suffix = kind == PackageKind.Managed ? "_managed" : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"{uniqueName}_{version}{suffix}.zip");
    }
}
