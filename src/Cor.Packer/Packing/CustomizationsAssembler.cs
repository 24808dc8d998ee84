using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Cor.Packer.Components;
using Cor.Packer.Xml;

namespace Cor.Packer.Packing;

/// <summary>
/// Builds customizations.xml from the <c>Other/Customizations.xml</c> skeleton and the collected components, and
/// turns a packed customizations.xml back into an empty skeleton.
/// </summary>
internal static class CustomizationsAssembler
{
    public const string SkeletonPath = "Other/Customizations.xml";

    /// <summary>
    /// Returns the root of customizations.xml: every skeleton container plus every filled one, in schema order.
    /// Skeleton elements the layout does not know keep their relative order, just before <c>Languages</c>.
    /// </summary>
    public static XElement Assemble(PackContext context)
    {
        var skeleton = LoadSkeleton(context);
        var root = new XElement(skeleton.Name, skeleton.Attributes());
        var known = CustomizationsLayout.TopLevelOrder.ToHashSet(StringComparer.Ordinal);
        foreach (var name in CustomizationsLayout.TopLevelOrder)
        {
            if (name == "Languages")
            {
                root.Add(skeleton.Elements().Where(element => !known.Contains(element.Name.LocalName)));
            }

            var container = BuildContainer(context, skeleton.Element(name), name);
            if (container is not null)
            {
                root.Add(container);
            }
        }

        return root;
    }

    /// <summary>
    /// Returns the skeleton of a packed customizations.xml: filled containers emptied, the rest kept whole.
    /// </summary>
    public static XElement ToSkeleton(XElement customizations)
    {
        var filled = ComponentFormats.All.SelectMany(format => format.Containers).ToHashSet(StringComparer.Ordinal);
        var skeleton = new XElement(customizations);
        foreach (var container in skeleton.Elements().Where(element => filled.Contains(element.Name.LocalName)))
        {
            container.RemoveNodes();
        }

        return skeleton;
    }

    private static XElement LoadSkeleton(PackContext context)
    {
        var path = context.FullPath(SkeletonPath);
        if (!File.Exists(path))
        {
            throw new SolutionFormatException(
                $"{SkeletonPath} is missing from {context.SourceDirectory}. Add the <ImportExportXml> skeleton with " +
                "empty containers and <Languages><Language>1033</Language></Languages>.");
        }

        return XmlFiles.Load(path).Root!;
    }

    private static XElement? BuildContainer(PackContext context, XElement? skeletonContainer, string name)
    {
        IReadOnlyList<XElement> components = context.ComponentsOf(name);
        if (skeletonContainer is null && components.Count == 0)
        {
            return null;
        }

        var container = skeletonContainer is null ? new XElement(name) : new XElement(skeletonContainer);
        container.Add(components);
        return container;
    }
}
