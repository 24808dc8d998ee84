using System.IO;
using System.Linq;
using System.Xml.Linq;
using Cor.Packer.Packing;
using Cor.Packer.Xml;

namespace Cor.Packer.Components;

/// <summary>
/// Web resources: <c>WebResources/&lt;name&gt;</c> with its <c>&lt;name&gt;.data.xml</c>. The content goes to the zip
/// entry named by <c>FileName</c>.
/// </summary>
internal sealed class WebResourceFormat : IComponentFormat
{
    public const string Folder = "WebResources";
    private const string DataSuffix = ".data.xml";

    public string[] Containers => ["WebResources"];

    public void Pack(PackContext context)
    {
        var resources = context.FindFiles(Folder, "*" + DataSuffix, SearchOption.AllDirectories)
            .Select(path => PackResource(context, path))
            .ToList();
        context.AddComponents("WebResources", resources, resource => resource.ChildValue("Name"));
    }

    public void Unpack(UnpackContext context)
    {
        foreach (var resource in context.ComponentsOf("WebResources", "WebResource"))
        {
            var sourcePath = $"{Folder}/{resource.ChildValue("Name")}";
            context.WriteBytes(sourcePath, context.ReadEntry(resource.ChildValue("FileName")));
            context.WriteXml(sourcePath + DataSuffix, new XElement(resource));
        }
    }

    private static XElement PackResource(PackContext context, string dataPath)
    {
        var resource = new XElement(context.LoadVariant(dataPath));
        var contentPath = context.FullPath(dataPath[..^DataSuffix.Length]);
        var fileName = resource.ChildValue("FileName");
        if (!File.Exists(contentPath) || fileName.Length == 0)
        {
            throw new SolutionFormatException(
                $"{dataPath}: the web resource needs its content file '{dataPath[..^DataSuffix.Length]}' and a " +
                "<FileName> element. Add the file or remove the .data.xml.");
        }

        context.AddEntry(fileName.TrimStart('/'), File.ReadAllBytes(contentPath));
        return resource;
    }
}
