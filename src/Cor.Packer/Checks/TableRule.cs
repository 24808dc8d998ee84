using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using Cor.Packer.Components;
using Cor.Packer.Xml;

namespace Cor.Packer.Checks;

/// <summary>
/// Checks the columns of the tables this solution creates: a text column's Length is twice its MaxLength, exactly one
/// column carries PrimaryName in its DisplayMask, and every custom lookup has a one-to-many relationship whose
/// ReferencingAttributeName is that column.
/// </summary>
internal sealed class TableRule : ISolutionRule
{
    public const string RuleId = "cor-table";

    public IEnumerable<SolutionDiagnostic> Check(CheckContext context)
    {
        var lookupsWithRelationship = context.LoadAll(RelationshipFormat.Folder, "*.xml", recursive: false)
            .SelectMany(file => file.Root.Elements("EntityRelationship"))
            .Select(relationship => (
                Table: relationship.ChildValue("ReferencingEntityName").ToLowerInvariant(),
                Column: relationship.ChildValue("ReferencingAttributeName").ToLowerInvariant()))
            .ToHashSet();
        foreach (var table in context.Tables.Values)
        {
            foreach (var diagnostic in CheckColumns(context, table, lookupsWithRelationship))
            {
                yield return diagnostic;
            }
        }
    }

    private static IEnumerable<SolutionDiagnostic> CheckColumns(
        CheckContext context, TableModel table, HashSet<(string Table, string Column)> lookupsWithRelationship)
    {
        var primaryNames = 0;
        foreach (var column in table.Attributes)
        {
            var name = column.ChildValue("LogicalName");
            var element = $"attribute[@PhysicalName='{column.AttributeValue("PhysicalName")}']";
            primaryNames += column.ChildValue("DisplayMask").Split('|').Contains("PrimaryName") ? 1 : 0;
            if (LengthMismatch(column) is { } lengths)
            {
                yield return context.Error(RuleId, table.RelativePath, element + "/Length",
                    $"The column '{name}' has MaxLength {lengths.Max} but Length {lengths.Length}.",
                    $"Write <Length>{lengths.Max * 2}</Length>; Length counts bytes, two per character.");
            }

            var isCustomLookup = column.ChildValue("Type") == "lookup" && column.ChildValue("IsCustomField") == "1";
            if (isCustomLookup && !lookupsWithRelationship.Contains((table.LogicalName, name.ToLowerInvariant())))
            {
                yield return context.Error(RuleId, table.RelativePath, element,
                    $"The lookup '{name}' has no relationship in {RelationshipFormat.Folder}/ whose " +
                    "ReferencingAttributeName is this column, so its target table is unknown.",
                    "Add a OneToMany <EntityRelationship> to the file of the target table.");
            }
        }

        if (table.IsCustom && primaryNames != 1)
        {
            yield return context.Error(RuleId, table.RelativePath, "attributes",
                $"The table '{table.SchemaName}' has {primaryNames} columns with PrimaryName in DisplayMask.",
                "Mark exactly one text column, usually cor_name, with PrimaryName in its DisplayMask.");
        }
    }

    private static (int Max, int Length)? LengthMismatch(XElement column)
    {
        if (column.ChildValue("Type") != "nvarchar"
            || !int.TryParse(column.ChildValue("MaxLength"), out var max)
            || !int.TryParse(column.ChildValue("Length"), out var length))
        {
            return null;
        }

        return length == max * 2 ? null : (max, length);
    }
}
