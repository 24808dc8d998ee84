using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Cor.Emulator.Metadata;

namespace Cor.Emulator.SolutionFiles;

/// <summary>
/// Reads one-to-many relationships from Other/Relationships/*.xml and Other/Customizations.xml and uses them to set
/// the target table of each custom lookup, because Entity.xml leaves LookupTypes empty for custom lookups.
/// </summary>
internal static class RelationshipReader
{
    public static void ApplyLookupTargets(string solutionDirectory, MetadataCatalog catalog)
    {
        var other = Path.Combine(solutionDirectory, "Other");
        var files = new List<string>(XmlFiles.Find(Path.Combine(other, "Relationships"), "*.xml", SearchOption.TopDirectoryOnly));
        var customizations = Path.Combine(other, "Customizations.xml");
        if (File.Exists(customizations))
        {
            files.Add(customizations);
        }

        foreach (var file in files)
        {
            foreach (var relationship in XmlFiles.Descendants(XmlFiles.Load(file), "EntityRelationship"))
            {
                Apply(relationship, catalog);
            }
        }
    }

    private static void Apply(XElement relationship, MetadataCatalog catalog)
    {
        var type = XmlFiles.ChildText(relationship, "EntityRelationshipType");
        var referencing = XmlFiles.ChildText(relationship, "ReferencingEntityName")?.ToLowerInvariant();
        var referenced = XmlFiles.ChildText(relationship, "ReferencedEntityName")?.ToLowerInvariant();
        var attribute = XmlFiles.ChildText(relationship, "ReferencingAttributeName")?.ToLowerInvariant();
        if (type != "OneToMany" || referencing is null || referenced is null || attribute is null || referenced == "owner")
        {
            return;
        }

        var column = catalog.FindTable(referencing)?.FindColumn(attribute);
        if (column is null || column.Type != ColumnType.Lookup)
        {
            return;
        }

        var cascade = Enum.TryParse<CascadeDelete>(XmlFiles.ChildText(relationship, "CascadeDelete"), out var value)
            ? value
            : CascadeDelete.NoCascade;
        catalog.AddRelationship(new RelationshipMetadata(
            relationship.Attribute("Name")?.Value ?? string.Empty, referenced, referencing, attribute, cascade));
        if (!column.Targets.Contains(referenced))
        {
            column.Targets = new List<string>(column.Targets) { referenced };
        }
    }
}
