using System;
using System.Collections.Generic;
using System.Linq;
using Cor.Emulator.Metadata;
using Cor.Emulator.Querying;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Cor.Emulator.Storage;

/// <summary>
/// Reads and writes records of Dataverse tables in SQLite, with values already checked against the metadata.
/// </summary>
internal sealed class RecordStore
{
    private readonly SqliteStore _store;
    private readonly MetadataCatalog _catalog;

    public RecordStore(SqliteStore store, MetadataCatalog catalog)
    {
        _store = store;
        _catalog = catalog;
    }

    public SqliteStore Sqlite => _store;

    public MetadataCatalog Catalog => _catalog;

    public void Insert(TableMetadata table, IReadOnlyDictionary<string, object?> values)
    {
        var parameters = new SqlParameters();
        var columns = new List<string>();
        var names = new List<string>();
        foreach (var (column, value) in Expand(table, values))
        {
            columns.Add(SqlNames.Quote(column));
            names.Add(parameters.Add(value));
        }

        var sql = $"INSERT INTO {SqlNames.Quote(table.LogicalName)} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", names)})";
        Execute(sql, parameters);
    }

    public int Update(TableMetadata table, Guid id, IReadOnlyDictionary<string, object?> values)
    {
        var parameters = new SqlParameters();
        var assignments = Expand(table, values)
            .Select(pair => $"{SqlNames.Quote(pair.Column)} = {parameters.Add(pair.Value)}")
            .ToList();
        if (assignments.Count == 0)
        {
            return Exists(table, id) ? 1 : 0;
        }

        var key = parameters.Add(ColumnValues.FormatGuid(id));
        var sql = $"UPDATE {SqlNames.Quote(table.LogicalName)} SET {string.Join(", ", assignments)} " +
            $"WHERE {SqlNames.Quote(table.PrimaryIdAttribute)} = {key}";
        return Execute(sql, parameters);
    }

    /// <summary>Deletes a record after applying the cascade rules of the relationships that reference it.</summary>
    public int Delete(TableMetadata table, Guid id)
    {
        if (!Exists(table, id))
        {
            return 0;
        }

        new CascadeDeletion(_store, _catalog).Apply(table, id);
        var parameters = new SqlParameters();
        var key = parameters.Add(ColumnValues.FormatGuid(id));
        return Execute($"DELETE FROM {SqlNames.Quote(table.LogicalName)} WHERE {SqlNames.Quote(table.PrimaryIdAttribute)} = {key}", parameters);
    }

    public bool Exists(TableMetadata table, Guid id)
    {
        using var command = _store.CreateCommand(
            $"SELECT 1 FROM {SqlNames.Quote(table.LogicalName)} WHERE {SqlNames.Quote(table.PrimaryIdAttribute)} = @id");
        command.Parameters.AddWithValue("@id", ColumnValues.FormatGuid(id));
        return command.ExecuteScalar() is not null;
    }

    /// <summary>Returns the record with the given columns, or null when it does not exist.</summary>
    public Entity? Find(TableMetadata table, Guid id, ColumnSet columns, QueryContext context)
    {
        var query = new QueryExpression(table.LogicalName) { ColumnSet = columns };
        query.Criteria.AddCondition(table.PrimaryIdAttribute, ConditionOperator.Equal, id);
        var result = QueryRunner.Run(_store, _catalog, context, query);
        return result.Entities.Count == 0 ? null : result.Entities[0];
    }

    private int Execute(string sql, SqlParameters parameters)
    {
        using var command = _store.CreateCommand(sql);
        parameters.CopyTo(command);
        return command.ExecuteNonQuery();
    }

    private static IEnumerable<(string Column, object Value)> Expand(TableMetadata table, IReadOnlyDictionary<string, object?> values)
    {
        foreach (var (name, value) in values)
        {
            var column = table.GetColumn(name);
            yield return (name, ColumnValues.ToDb(column, value));
            if (column.IsLookup)
            {
                var target = value is EntityReference reference ? (object)reference.LogicalName : DBNull.Value;
                yield return (SqlNames.LookupTableColumn(name), target);
            }
        }
    }
}
