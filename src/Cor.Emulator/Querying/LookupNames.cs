using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Cor.Emulator.Metadata;
using Cor.Emulator.Storage;
using Microsoft.Xrm.Sdk;

namespace Cor.Emulator.Querying;

/// <summary>
/// Sets EntityReference.Name on the lookups of query results to the primary name of the referenced record, as
/// Dataverse returns it.
/// </summary>
internal static class LookupNames
{
    public static void Fill(SqliteStore store, MetadataCatalog catalog, EntityCollection result)
    {
        var names = new Dictionary<(string Table, Guid Id), string?>();
        foreach (var reference in result.Entities.SelectMany(References))
        {
            var key = (reference.LogicalName, reference.Id);
            if (!names.TryGetValue(key, out var name))
            {
                name = FindName(store, catalog.FindTable(reference.LogicalName), reference.Id);
                names[key] = name;
            }

            reference.Name = name!;
        }
    }

    private static IEnumerable<EntityReference> References(Entity entity) =>
        entity.Attributes.Select(a => a.Value is AliasedValue aliased ? aliased.Value : a.Value).OfType<EntityReference>();

    private static string? FindName(SqliteStore store, TableMetadata? table, Guid id)
    {
        if (table?.PrimaryNameAttribute is null)
        {
            return null;
        }

        using var command = store.CreateCommand(
            $"SELECT {SqlNames.Quote(table.PrimaryNameAttribute)} FROM {SqlNames.Quote(table.LogicalName)} " +
            $"WHERE {SqlNames.Quote(table.PrimaryIdAttribute)} = @id");
        command.Parameters.AddWithValue("@id", ColumnValues.FormatGuid(id));
        var name = command.ExecuteScalar();
        return name is null or DBNull ? null : Convert.ToString(name, CultureInfo.InvariantCulture);
    }
}
