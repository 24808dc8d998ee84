using System;
using System.Collections.Generic;
using System.Linq;
using Cor.Emulator.Metadata;

namespace Cor.Emulator.Querying;

/// <summary>
/// A table taking part in a query: the main table or a link-entity, with its SQL alias and its Dataverse alias.
/// </summary>
internal sealed record QueryTable(TableMetadata Table, string SqlAlias, string Alias, bool IsMain)
{
    public string Column(string logicalName) => SqlAlias + "." + Storage.SqlNames.Quote(logicalName);
}

/// <summary>
/// The tables of one query, found by the names that conditions and orders use in their EntityName.
/// </summary>
internal sealed class QueryScope
{
    private readonly List<QueryTable> _tables = new();

    public IReadOnlyList<QueryTable> Tables => _tables;

    public QueryTable Add(TableMetadata table, string alias, bool isMain)
    {
        var entry = new QueryTable(table, "t" + _tables.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), alias, isMain);
        _tables.Add(entry);
        return entry;
    }

    /// <summary>
    /// Returns the table a condition or order refers to: the current table when EntityName is empty, otherwise the
    /// link-entity with that alias, or the main table by its logical name.
    /// </summary>
    public QueryTable Resolve(string? entityName, QueryTable current)
    {
        if (string.IsNullOrEmpty(entityName))
        {
            return current;
        }

        var match = _tables.FirstOrDefault(t => string.Equals(t.Alias, entityName, StringComparison.Ordinal))
            ?? _tables.FirstOrDefault(t => t.IsMain && t.Table.LogicalName == entityName);
        return match ?? throw new EmulatorConfigurationException(
            $"The query has no table or link-entity alias '{entityName}'. Known aliases: " +
            string.Join(", ", _tables.Select(t => "'" + t.Alias + "'")) + ".");
    }
}
