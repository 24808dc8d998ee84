using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Cor.Packer.Packing;
using Cor.Packer.Xml;

namespace Cor.Packer.Components;

/// <summary>
/// Relationships: <c>Other/Relationships/&lt;Entity&gt;.xml</c> files with an <c>&lt;EntityRelationships&gt;</c> root.
/// A
/// one-to-many relationship is stored in the file of its referenced table and a many-to-many one in the file of its
/// first table, as SolutionPackager lays them out.
/// </summary>
internal sealed class RelationshipFormat : IComponentFormat
{
    public const string Folder = "Other/Relationships";

    public string[] Containers => ["EntityRelationships"];

    public void Pack(PackContext context)
    {
        var relationships = context.FindFiles(Folder, "*.xml", SearchOption.TopDirectoryOnly)
            .SelectMany(path => context.LoadVariant(path).Elements("EntityRelationship"))
            .Select(relationship => new XElement(relationship))
            .ToList();
        context.AddComponents(
            "EntityRelationships", relationships, relationship => relationship.AttributeValue("Name"));
    }

    /// <summary>Index of every relationship name, which pac writes next to the folder. Pack does not read it.</summary>
    public const string IndexPath = "Other/Relationships.xml";

    public void Unpack(UnpackContext context)
    {
        var relationships = context.ComponentsOf("EntityRelationships", "EntityRelationship").ToList();
        if (relationships.Count > 0)
        {
            var names = relationships
                .Select(relationship => relationship.AttributeValue("Name"))
                .Order(StringComparer.OrdinalIgnoreCase)
                .Select(name => new XElement("EntityRelationship", new XAttribute("Name", name)));
            context.WriteXml(IndexPath, new XElement("EntityRelationships", names));
        }

        var groups = relationships.GroupBy(FileEntityOf, StringComparer.OrdinalIgnoreCase);
        foreach (var group in groups)
        {
            var root = new XElement("EntityRelationships", group.Select(relationship => new XElement(relationship)));
            context.WriteXml($"{Folder}/{RecordFormat.SafeFileName(group.Key)}.xml", root);
        }
    }

    private static string FileEntityOf(XElement relationship)
    {
        var candidates = new[] { "ReferencedEntityName", "FirstEntityName", "ReferencingEntityName" };
        return candidates.Select(relationship.ChildValue).FirstOrDefault(name => name.Length > 0) ?? "Other";
    }
}
