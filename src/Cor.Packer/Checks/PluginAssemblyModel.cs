using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Cor.Packer.Assemblies;
using Cor.Packer.Components;
using Cor.Packer.Xml;

namespace Cor.Packer.Checks;

/// <summary>
/// A plugin assembly of the solution: its <c>.dll.data.xml</c>, the dll found for it and the facts read from its
/// metadata. <see cref="Facts"/> is null when the dll is missing or unreadable, and <see cref="Problem"/> then gives
/// the reason.
/// </summary>
internal sealed record PluginAssemblyModel(
    string RelativePath, XElement Root, string? DllPath, AssemblyFacts? Facts, string? Problem)
{
    public string FullName => Root.AttributeValue("FullName");

    public IEnumerable<XElement> PluginTypes => Root.Element("PluginTypes")?.Elements("PluginType") ?? [];

    public static IReadOnlyList<PluginAssemblyModel> LoadAll(CheckContext context) =>
        context.LoadAll(PluginAssemblyFormat.Folder, "*.dll.data.xml")
            .Select(file => Load(context, file.Path, file.Root))
            .ToList();

    private static PluginAssemblyModel Load(CheckContext context, string path, XElement root)
    {
        var dll = PluginAssemblyLocator.Locate(context.Options, path, root.AttributeValue("FullName"));
        if (dll is null)
        {
            return new PluginAssemblyModel(path, root, null, null, "the dll was not found");
        }

        try
        {
            return new PluginAssemblyModel(path, root, dll, AssemblyInspector.Inspect(dll), null);
        }
        catch (Exception exception) when (exception is BadImageFormatException or IOException)
        {
            return new PluginAssemblyModel(path, root, dll, null, $"the dll could not be read: {exception.Message}");
        }
    }
}
