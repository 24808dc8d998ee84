using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace Cor.Emulator.SolutionFiles;

/// <summary>
/// Reads the Custom APIs of an unpacked solution from customapis/&lt;uniquename&gt;/.
/// </summary>
internal static class CustomApiReader
{
    public static IReadOnlyList<CustomApiDefinition> ReadAll(string solutionDirectory) =>
        XmlFiles.Find(Path.Combine(solutionDirectory, "customapis"), "customapi.xml", SearchOption.AllDirectories)
            .Select(Read)
            .ToList();

    private static CustomApiDefinition Read(string path)
    {
        var root = XmlFiles.Load(path).Root!;
        var folder = Path.GetDirectoryName(path)!;
        var uniqueName = root.Attribute("uniquename")?.Value ?? Path.GetFileName(folder);
        return new CustomApiDefinition(
            uniqueName,
            Int(root, "bindingtype", 0),
            XmlFiles.ChildText(root, "boundentitylogicalname")?.ToLowerInvariant(),
            PluginTypeId(root),
            ReadFields(Path.Combine(folder, "customapirequestparameters"), "customapirequestparameter.xml"),
            ReadFields(Path.Combine(folder, "customapiresponseproperties"), "customapiresponseproperty.xml"));
    }

    /// <summary>
    /// Reads the plugin type id, written as &lt;plugintypeid&gt;&lt;plugintypeexportkey&gt; or
    /// &lt;plugintypeid&gt;&lt;plugintypeid&gt;; for a classic assembly both hold the PluginTypeId.
    /// </summary>
    private static Guid? PluginTypeId(XElement root)
    {
        var holder = root.Elements().FirstOrDefault(e => e.Name.LocalName == "plugintypeid");
        var text = holder?.Elements().FirstOrDefault()?.Value ?? holder?.Value;
        return Guid.TryParse(text?.Trim(), out var id) ? id : null;
    }

    private static List<CustomApiField> ReadFields(string folder, string fileName) =>
        XmlFiles.Find(folder, fileName, SearchOption.AllDirectories)
            .Select(file => XmlFiles.Load(file).Root!)
            .Select(field => new CustomApiField(
                field.Attribute("uniquename")?.Value ?? XmlFiles.ChildText(field, "name") ?? string.Empty,
                Int(field, "type", 10),
                Int(field, "isoptional", 0) == 1,
                XmlFiles.ChildText(field, "logicalentityname")))
            .ToList();

    private static int Int(XElement element, string name, int fallback) =>
        int.TryParse(XmlFiles.ChildText(element, name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : fallback;
}
