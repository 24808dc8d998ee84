using System.IO;
using System.Linq;
using System.Xml.Linq;
using Cor.Packer.Packing;
using Cor.Packer.Xml;

namespace Cor.Packer.Components;

/// <summary>
/// Plugin assemblies: <c>PluginAssemblies/&lt;NameNoDots&gt;-&lt;GUID&gt;/&lt;NameNoDots&gt;.dll.data.xml</c>. The dll
/// comes from the same folder or from a build output folder, and goes to the zip entry named by <c>FileName</c>.
/// </summary>
internal sealed class PluginAssemblyFormat : IComponentFormat
{
    public const string Folder = "PluginAssemblies";
    private const string DataSuffix = ".data.xml";

    public string[] Containers => ["SolutionPluginAssemblies"];

    public void Pack(PackContext context)
    {
        var assemblies = context.FindFiles(Folder, "*.dll" + DataSuffix, SearchOption.AllDirectories)
            .Select(path => PackAssembly(context, path))
            .ToList();
        context.AddComponents(
            "SolutionPluginAssemblies", assemblies, assembly => assembly.AttributeValue("FullName"));
    }

    public void Unpack(UnpackContext context)
    {
        foreach (var assembly in context.ComponentsOf("SolutionPluginAssemblies", "PluginAssembly"))
        {
            var dllPath = assembly.ChildValue("FileName").TrimStart('/');
            context.WriteBytes(dllPath, context.ReadEntry(dllPath));
            context.WriteXml(dllPath + DataSuffix, new XElement(assembly));
        }
    }

    private static XElement PackAssembly(PackContext context, string dataPath)
    {
        var assembly = new XElement(context.LoadVariant(dataPath));
        var fileName = assembly.ChildValue("FileName");
        if (fileName.Length == 0)
        {
            throw new SolutionFormatException(
                $"{dataPath}: <PluginAssembly> has no <FileName>. Add " +
                "<FileName>/PluginAssemblies/<NameNoDots>-<GUID>/<NameNoDots>.dll</FileName>.");
        }

        var dll = PluginAssemblyLocator.Locate(context.Options, dataPath, assembly.AttributeValue("FullName"))
            ?? throw new SolutionFormatException(
                $"{dataPath}: the plugin assembly '{assembly.AttributeValue("FullName")}' was not found next to the " +
                $"file or in {string.Join(", ", context.Options.PluginAssemblyDirectories)}. Build it with " +
                "'dotnet build src/Cor.Plugins -f net462' or pass its folder.");
        context.AddEntry(fileName.TrimStart('/'), File.ReadAllBytes(dll));
        return assembly;
    }
}
