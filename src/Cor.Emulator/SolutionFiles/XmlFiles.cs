using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;

namespace Cor.Emulator.SolutionFiles;

/// <summary>
/// Loads solution XML files and reads their elements, reporting the file name when a file is not well-formed.
/// </summary>
internal static class XmlFiles
{
    public static XDocument Load(string path)
    {
        try
        {
            return XDocument.Load(path);
        }
        catch (XmlException exception)
        {
            throw new EmulatorConfigurationException(
                $"Could not read solution file '{path}': {exception.Message} Fix the XML and start the emulator again.",
                exception);
        }
    }

    /// <summary>Returns the files matching a pattern under a folder, sorted by path, or none when the folder is missing.</summary>
    public static IReadOnlyList<string> Find(string directory, string pattern, SearchOption option)
    {
        if (!Directory.Exists(directory))
        {
            return Array.Empty<string>();
        }

        return Directory.GetFiles(directory, pattern, option).OrderBy(p => p, StringComparer.Ordinal).ToList();
    }

    /// <summary>Returns the trimmed text of a child element found by name regardless of case, or null.</summary>
    public static string? ChildText(XElement element, string name)
    {
        var child = element.Elements()
            .FirstOrDefault(e => string.Equals(e.Name.LocalName, name, StringComparison.OrdinalIgnoreCase));
        var text = child?.Value.Trim();
        return string.IsNullOrEmpty(text) ? null : text;
    }

    /// <summary>Returns descendant elements by local name, matched with case as XML requires.</summary>
    public static IEnumerable<XElement> Descendants(XContainer container, string name) =>
        container.Descendants().Where(e => e.Name.LocalName == name);
}
