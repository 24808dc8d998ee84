using System;
using System.Linq;
using System.Xml.Linq;

namespace Cor.Packer.Xml;

/// <summary>Reads child element and attribute values that may be absent, for solution XML without namespaces.</summary>
public static class XmlValues
{
    public static string ChildValue(this XElement element, string childName) =>
        element.Element(childName)?.Value.Trim() ?? string.Empty;

    public static string AttributeValue(this XElement element, string attributeName) =>
        element.Attribute(attributeName)?.Value.Trim() ?? string.Empty;

    /// <summary>Returns a GUID in lower case without braces, the form used as a comparison and sort key.</summary>
    public static string NormalizeGuid(string value) => value.Trim().Trim('{', '}').ToLowerInvariant();

    /// <summary>Splits a comma-separated list of logical names such as <c>FilteringAttributes</c>.</summary>
    public static string[] SplitNames(string value) =>
        value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(name => name.ToLowerInvariant())
            .ToArray();
}
