using System;
using System.IO;
using System.Linq;
using System.Xml;
using Cor.Packer.Packing;
using Cor.Packer.Xml;

namespace Cor.Packer.Components;

/// <summary>
/// Finds the built parts (<c>ControlManifest.xml</c>, <c>bundle.js</c>, css, strings) of a PCF control.
/// </summary>
public static class ControlLocator
{
    public const string ManifestFile = "ControlManifest.xml";
    public const string BundleFile = "bundle.js";

    /// <summary>
    /// Returns the folder that contains the manifest and bundle of the control named
    /// <c>prefix_Namespace.Constructor</c>:
    /// its source folder when the build copied them there, otherwise the PCF output folder whose manifest declares the
    /// same namespace and constructor, otherwise null.
    /// </summary>
    public static string? Locate(PackOptions options, string controlName)
    {
        var sourceFolder = Path.Combine(options.SolutionDirectory, "Controls", controlName);
        if (HasBuiltParts(sourceFolder))
        {
            return sourceFolder;
        }

        var qualifiedName = controlName[(controlName.IndexOf('_', StringComparison.Ordinal) + 1)..];
        return options.ControlOutputDirectories
            .Where(Directory.Exists)
            .SelectMany(directory => Directory.EnumerateDirectories(directory).Order(StringComparer.Ordinal))
            .Where(HasBuiltParts)
            .FirstOrDefault(folder => string.Equals(
                ReadQualifiedName(Path.Combine(folder, ManifestFile)), qualifiedName, StringComparison.Ordinal));
    }

    private static bool HasBuiltParts(string folder) =>
        File.Exists(Path.Combine(folder, ManifestFile)) && File.Exists(Path.Combine(folder, BundleFile));

    /// <summary>
    /// Returns <c>namespace.constructor</c> from a built manifest, or an empty string when it has none.
    /// </summary>
    public static string ReadQualifiedName(string manifestPath)
    {
        try
        {
            var control = XmlFiles.Load(manifestPath).Root?.Element("control");
            return control is null
                ? string.Empty
                : $"{control.AttributeValue("namespace")}.{control.AttributeValue("constructor")}";
        }
        catch (SolutionFormatException exception) when (exception.InnerException is XmlException)
        {
            return string.Empty;
        }
    }
}
