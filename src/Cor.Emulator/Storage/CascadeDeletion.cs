using System;
using System.Collections.Generic;
using System.Linq;
using Cor.Emulator.Metadata;

namespace Cor.Emulator.Storage;

/// <summary>
/// Applies the CascadeDelete rules of the relationships that reference a record before it is deleted: Restrict
/// rejects the delete, Cascade deletes the referencing records and RemoveLink clears their lookup.
/// </summary>
/// <remarks>
/// NOTE: cascaded deletes write to the database directly, so Delete steps of the referencing tables do not run
/// for them, unlike in Dataverse.
/// </remarks>
internal sealed class CascadeDeletion
{
    private readonly SqliteStore _store;
    private readonly MetadataCatalog _catalog;

    public CascadeDeletion(SqliteStore store, MetadataCatalog catalog)
    {
        _store = store;
        _catalog = catalog;
    }

    public void Apply(TableMetadata table, Guid id)
    {
        var relationships = _catalog.Relationships.Where(r => r.ReferencedTable == table.LogicalName).ToList();
        foreach (var relationship in relationships.Where(r => r.CascadeDelete == CascadeDelete.Restrict))
        {
            if (ReferencingIds(relationship, id).Count > 0)
            {
                throw new DataverseFaultException(DataverseFaultException.Unspecified,
                    $"The '{table.LogicalName}' record with Id = {id} cannot be deleted because '{relationship.ReferencingTable}' " +
                    $"records reference it through '{relationship.ReferencingAttribute}' (relationship '{relationship.Name}', " +
                    "cascade Restrict). Delete or reassign those records first.");
            }
        }

        foreach (var relationship in relationships)
        {
            Apply(relationship, id);
        }
    }

    private void Apply(RelationshipMetadata relationship, Guid id)
    {
        if (relationship.CascadeDelete == CascadeDelete.RemoveLink)
        {
            ClearLookup(relationship, id);
        }
        else if (relationship.CascadeDelete == CascadeDelete.Cascade)
        {
            var child = _catalog.GetTable(relationship.ReferencingTable);
            foreach (var childId in ReferencingIds(relationship, id))
            {
                Apply(child, childId);
                Execute($"DELETE FROM {SqlNames.Quote(child.LogicalName)} WHERE {SqlNames.Quote(child.PrimaryIdAttribute)} = @id", childId);
            }
        }
    }

    private List<Guid> ReferencingIds(RelationshipMetadata relationship, Guid id)
    {
        var child = _catalog.GetTable(relationship.ReferencingTable);
        using var command = _store.CreateCommand(
            $"SELECT {SqlNames.Quote(child.PrimaryIdAttribute)} FROM {SqlNames.Quote(child.LogicalName)} " +
            $"WHERE {SqlNames.Quote(relationship.ReferencingAttribute)} = @id");
        command.Parameters.AddWithValue("@id", ColumnValues.FormatGuid(id));
        using var reader = command.ExecuteReader();
        var ids = new List<Guid>();
        while (reader.Read())
        {
            ids.Add(Guid.Parse(reader.GetString(0)));
        }

        return ids;
    }

    private void ClearLookup(RelationshipMetadata relationship, Guid id)
    {
        var column = SqlNames.Quote(relationship.ReferencingAttribute);
        var tableColumn = SqlNames.Quote(SqlNames.LookupTableColumn(relationship.ReferencingAttribute));
        Execute($"UPDATE {SqlNames.Quote(relationship.ReferencingTable)} SET {column} = NULL, {tableColumn} = NULL WHERE {column} = @id", id);
    }

    private void Execute(string sql, Guid id)
    {
        using var command = _store.CreateCommand(sql);
        command.Parameters.AddWithValue("@id", ColumnValues.FormatGuid(id));
        command.ExecuteNonQuery();
    }
}
