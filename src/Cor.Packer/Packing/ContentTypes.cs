using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Cor.Packer.Xml;

namespace Cor.Packer.Packing;

/// <summary>
/// Writes <c>[Content_Types].xml</c>, the Open Packaging Conventions part that gives each zip entry a content type:
/// one <c>Default</c> per file extension and one <c>Override</c> per entry without an extension.
/// </summary>
public static class ContentTypes
{
    public const string PartName = "[Content_Types].xml";
    public const string Namespace = "http://schemas.openxmlformats.org/package/2006/content-types";

    /// <summary>Content type of every part. Solution exports use this one value for all parts.</summary>
    public const string OctetStream = "application/octet-stream";

    public static byte[] Build(IEnumerable<string> entryNames)
    {
        XNamespace ns = Namespace;
        var names = entryNames.Append(PartName).ToList();
        var extensions = names
            .Select(name => Path.GetExtension(name).TrimStart('.').ToLowerInvariant())
            .Where(extension => extension.Length > 0)
            .Distinct()
            .Order(StringComparer.Ordinal);
        var withoutExtension = names
            .Where(name => Path.GetExtension(name).Length == 0)
            .Order(StringComparer.Ordinal);
        var types = new XElement(
            ns + "Types",
            extensions.Select(extension => new XElement(
                ns + "Default", new XAttribute("Extension", extension), new XAttribute("ContentType", OctetStream))),
            withoutExtension.Select(name => new XElement(
                ns + "Override", new XAttribute("PartName", "/" + name), new XAttribute("ContentType", OctetStream))));
        return XmlFiles.Serialize(types);
    }
}
