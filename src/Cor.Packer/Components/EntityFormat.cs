using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Cor.Packer.Packing;
using Cor.Packer.Xml;

namespace Cor.Packer.Components;

/// <summary>
/// Tables: <c>Entities/&lt;SchemaName&gt;/Entity.xml</c> with its forms (<c>FormXml/&lt;type&gt;/{id}.xml</c>), views
/// (<c>SavedQueries/{id}.xml</c>) and <c>RibbonDiff.xml</c>, merged into one <c>&lt;Entity&gt;</c> element.
/// </summary>
internal sealed class EntityFormat : IComponentFormat
{
    public const string Folder = "Entities";

    public string[] Containers => ["Entities"];

    public void Pack(PackContext context)
    {
        var entities = context.FindFiles(Folder, "Entity.xml", SearchOption.AllDirectories)
            .Select(path => AssembleEntity(context, Path.GetDirectoryName(path)!.Replace('\\', '/')))
            .ToList();
        context.AddComponents("Entities", entities, entity => entity.ChildValue("Name"));
    }

    public void Unpack(UnpackContext context)
    {
        foreach (var entity in context.ComponentsOf("Entities", "Entity"))
        {
            var folder = $"{Folder}/{RecordFormat.SafeFileName(entity.ChildValue("Name"))}";
            var copy = new XElement(entity);
            UnpackForms(context, folder, copy.Element("FormXml"));
            UnpackViews(context, folder, copy.Element("SavedQueries"));
            UnpackRibbon(context, folder, copy.Element("RibbonDiffXml"));
            context.WriteXml($"{folder}/Entity.xml", copy);
        }
    }

    private static XElement AssembleEntity(PackContext context, string folder)
    {
        var entity = new XElement(context.LoadVariant($"{folder}/Entity.xml"));
        if (entity.Name.LocalName != "Entity" || entity.Element("Name") is null)
        {
            throw new SolutionFormatException(
                $"{folder}/Entity.xml: the root must be <Entity> with a <Name> child. Copy the shape of an exported " +
                "Entity.xml.");
        }

        entity.Elements("FormXml").Remove();
        entity.Elements("SavedQueries").Remove();
        entity.Elements("RibbonDiffXml").Remove();
        var parts = new[]
        {
            AssembleForms(context, folder), AssembleViews(context, folder), LoadRibbon(context, folder),
        };
        var anchor = entity.Element("EntityInfo");
        if (anchor is null)
        {
            entity.Add(parts);
        }
        else
        {
            anchor.AddAfterSelf(parts);
        }

        return entity;
    }

    private static XElement AssembleForms(PackContext context, string folder)
    {
        var formXml = new XElement("FormXml");
        var formsFolder = $"{folder}/FormXml";
        var types = context.FindFiles(formsFolder, "*.xml", SearchOption.AllDirectories)
            .GroupBy(path => Path.GetFileName(Path.GetDirectoryName(path))!, StringComparer.Ordinal)
            .OrderBy(group => group.Key, StringComparer.Ordinal);
        foreach (var type in types)
        {
            var forms = type
                .SelectMany(path => context.LoadVariant(path).Elements("systemform"))
                .Select(form => new XElement(form))
                .OrderBy(form => XmlValues.NormalizeGuid(form.ChildValue("formid")), StringComparer.Ordinal);
            formXml.Add(new XElement("forms", new XAttribute("type", type.Key), forms));
        }

        return formXml;
    }

    private static XElement AssembleViews(PackContext context, string folder)
    {
        var views = context.FindFiles($"{folder}/SavedQueries", "*.xml", SearchOption.TopDirectoryOnly)
            .SelectMany(path => context.LoadVariant(path).Elements("savedquery"))
            .Select(view => new XElement(view))
            .OrderBy(view => XmlValues.NormalizeGuid(view.ChildValue("savedqueryid")), StringComparer.Ordinal)
            .ToList();
        return views.Count == 0
            ? new XElement("SavedQueries")
            : new XElement("SavedQueries", new XElement("savedqueries", views));
    }

    private static XElement LoadRibbon(PackContext context, string folder)
    {
        var path = $"{folder}/RibbonDiff.xml";
        if (!File.Exists(context.FullPath(path)))
        {
            return new XElement("RibbonDiffXml");
        }

        var ribbon = context.LoadVariant(path);
        var attributes = ribbon.Attributes().Where(attribute => !attribute.IsNamespaceDeclaration);
        return new XElement("RibbonDiffXml", attributes, ribbon.Elements());
    }

    private static void UnpackForms(UnpackContext context, string folder, XElement? formXml)
    {
        foreach (var forms in formXml?.Elements("forms").ToList() ?? [])
        {
            var type = forms.AttributeValue("type");
            foreach (var form in forms.Elements("systemform"))
            {
                var id = form.ChildValue("formid").ToLowerInvariant();
                context.WriteXml($"{folder}/FormXml/{type}/{id}.xml", new XElement("forms", new XElement(form)));
            }
        }

        formXml?.RemoveNodes();
    }

    private static void UnpackViews(UnpackContext context, string folder, XElement? savedQueries)
    {
        foreach (var view in savedQueries?.Descendants("savedquery").ToList() ?? [])
        {
            var id = view.ChildValue("savedqueryid").ToLowerInvariant();
            context.WriteXml($"{folder}/SavedQueries/{id}.xml", new XElement("savedqueries", new XElement(view)));
        }

        savedQueries?.RemoveNodes();
    }

    private static void UnpackRibbon(UnpackContext context, string folder, XElement? ribbon)
    {
        if (ribbon is null || (!ribbon.HasElements && !ribbon.HasAttributes))
        {
            return;
        }

        context.WriteXml($"{folder}/RibbonDiff.xml", new XElement(ribbon));
        ribbon.RemoveAll();
    }
}
