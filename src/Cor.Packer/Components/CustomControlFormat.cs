using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Cor.Packer.Packing;
using Cor.Packer.Xml;

namespace Cor.Packer.Components;

/// <summary>
/// PCF controls: <c>Controls/&lt;prefix_Namespace.Constructor&gt;/ControlManifest.xml.data.xml</c> plus the built
/// manifest, bundle, css and strings, which go to <c>Controls/&lt;name&gt;/</c> in the zip. A control whose build
/// output is missing is left out with a warning, together with its root component.
/// </summary>
internal sealed class CustomControlFormat : IComponentFormat
{
    public const string Folder = "Controls";
    public const string DataFile = "ControlManifest.xml.data.xml";

    public string[] Containers => ["CustomControls"];

    public void Pack(PackContext context)
    {
        var controls = context.FindFiles(Folder, DataFile, SearchOption.AllDirectories)
            .Select(path => PackControl(context, path))
            .OfType<XElement>()
            .ToList();
        context.AddComponents("CustomControls", controls, control => control.ChildValue("Name"));
    }

    public void Unpack(UnpackContext context)
    {
        foreach (var control in context.ComponentsOf("CustomControls", "CustomControl"))
        {
            var folder = $"{Folder}/{control.ChildValue("Name")}/";
            context.CopyEntriesUnder(folder);
            context.WriteXml(folder + DataFile, new XElement(control));
        }
    }

    private static XElement? PackControl(PackContext context, string dataPath)
    {
        var control = new XElement(context.LoadVariant(dataPath));
        var name = control.ChildValue("Name");
        var builtFolder = ControlLocator.Locate(context.Options, name);
        if (builtFolder is null)
        {
            context.Warnings.Add(
                $"{dataPath}: skipped the PCF control '{name}' because its {ControlLocator.ManifestFile} and " +
                $"{ControlLocator.BundleFile} were not found in Controls/{name}/ or in " +
                $"[{string.Join(", ", context.Options.ControlOutputDirectories)}]. Run 'npm ci' and " +
                "'npm run build' in the control's PCF project under pcf/, then pack again. Until then 'cor check' on " +
                "the source fails.");
            context.SkippedRootComponents.Add($"66:{name}");
            return null;
        }

        foreach (var path in Directory.EnumerateFiles(builtFolder, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(builtFolder, path).Replace('\\', '/');
            if (!relative.EndsWith(".data.xml", StringComparison.OrdinalIgnoreCase))
            {
                context.AddEntry($"{Folder}/{name}/{relative}", File.ReadAllBytes(path));
            }
        }

        return control;
    }
}
