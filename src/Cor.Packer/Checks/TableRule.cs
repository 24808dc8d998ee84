using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using Cor.Packer.Components;
using Cor.Packer.Xml;

namespace Cor.Packer.Checks;

/// <summary>
/// Checks the tables this solution creates. A text column's Length is twice its MaxLength, and exactly one column
/// carries PrimaryName in its DisplayMask. Every custom lookup has a one-to-many relationship whose
/// ReferencingAttributeName is that column. A user-owned table has the system columns and the six system
/// relationships that exports of user-owned tables contain.
/// </summary>
internal sealed class TableRule : ISolutionRule
{
    public const string RuleId = "cor-table";

    private static readonly string[] UserOwnedColumns =
    [
        "createdby", "createdon", "createdonbehalfby", "importsequencenumber", "modifiedby", "modifiedon",
        "modifiedonbehalfby", "overriddencreatedon", "ownerid", "owningbusinessunit", "owningteam", "owninguser",
        "statecode", "statuscode", "timezoneruleversionnumber", "utcconversiontimezonecode",
    ];

    private static readonly string[] UserOwnedRelationships =
        ["business_unit_{0}", "lk_{0}_createdby", "lk_{0}_modifiedby", "owner_{0}", "team_{0}", "user_{0}"];

    public IEnumerable<SolutionDiagnostic> Check(CheckContext context)
    {
        var relationships = context.LoadAll(RelationshipFormat.Folder, "*.xml", recursive: false)
            .SelectMany(file => file.Root.Elements("EntityRelationship"))
            .ToList();
        var names = relationships.Select(relationship => relationship.AttributeValue("Name"))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var lookupsWithRelationship = relationships
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

            foreach (var diagnostic in CheckUserOwned(context, table, names))
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

    private static IEnumerable<SolutionDiagnostic> CheckUserOwned(
        CheckContext context, TableModel table, HashSet<string> relationshipNames)
    {
        if (!table.IsCustom || table.Root.Descendants("OwnershipTypeMask").FirstOrDefault()?.Value != "UserOwned")
        {
            yield break;
        }

        foreach (var column in UserOwnedColumns.Where(column => !table.Columns.Contains(column)))
        {
            yield return context.Error(RuleId, table.RelativePath, "attributes",
                $"The user-owned table '{table.SchemaName}' has no system column '{column}'.",
                "Copy the column's <attribute> from the export of a user-owned table.");
        }

        var missing = UserOwnedRelationships
            .Select(pattern => string.Format(CultureInfo.InvariantCulture, pattern, table.LogicalName))
            .Where(name => !relationshipNames.Contains(name));
        foreach (var name in missing)
        {
            yield return context.Error(RuleId, table.RelativePath, "Entity",
                $"The user-owned table '{table.SchemaName}' has no system relationship '{name}'.",
                $"Add the <EntityRelationship Name=\"{name}\"> to {RelationshipFormat.Folder}/, as exports of " +
                "user-owned tables contain it.");
        }
    }

    private static (int Max, int Length)? LengthMismatch(XElement column)
    {
        if (column.ChildValue("Type") != "nvarchar"
            || !int.TryParse(column.ChildValue("MaxLength"), CultureInfo.InvariantCulture, out var max)
            || !int.TryParse(column.ChildValue("Length"), CultureInfo.InvariantCulture, out var length))
        {
            return null;
        }

        return length == max * 2 ? null : (max, length);
    }
}
