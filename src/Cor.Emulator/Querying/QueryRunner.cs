using System;
using System.Globalization;
using Cor.Emulator.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Cor.Emulator.Querying;

/// <summary>
/// Runs a compiled query and turns its rows into an EntityCollection.
/// </summary>
internal static class QueryRunner
{
    public static EntityCollection Run(SqliteStore store, Metadata.MetadataCatalog catalog, CompiledQuery query)
    {
        var result = new EntityCollection { EntityName = query.Main.Table.LogicalName, TotalRecordCount = -1 };
        using (var command = store.CreateCommand(query.Sql))
        {
            query.Parameters.CopyTo(command);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                result.Entities.Add(ReadEntity(reader, query));
            }
        }

        ApplyPaging(result, query);
        LookupNames.Fill(store, catalog, result);
        if (query.ReturnTotalRecordCount)
        {
            result.TotalRecordCount = Count(store, query);
        }

        return result;
    }

    public static EntityCollection Run(SqliteStore store, Metadata.MetadataCatalog catalog, QueryContext context, QueryExpression query) =>
        Run(store, catalog, new QueryCompiler(catalog, context).Compile(query));

    private static void ApplyPaging(EntityCollection result, CompiledQuery query)
    {
        if (query.PageSize is not int size)
        {
            return;
        }

        result.MoreRecords = result.Entities.Count > size;
        if (result.MoreRecords)
        {
            result.Entities.RemoveAt(size);
        }

        result.PagingCookie = string.Create(CultureInfo.InvariantCulture, $"<cookie page=\"{query.PageNumber}\" />");
    }

    private static int Count(SqliteStore store, CompiledQuery query)
    {
        using var command = store.CreateCommand(query.CountSql);
        query.Parameters.CopyTo(command);
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static Entity ReadEntity(SqliteDataReader reader, CompiledQuery query)
    {
        var entity = new Entity(query.Main.Table.LogicalName);
        foreach (var projection in query.Projections)
        {
            if (reader.IsDBNull(projection.Ordinal))
            {
                continue;
            }

            var lookupTable = projection.LookupTableOrdinal is int ordinal && !reader.IsDBNull(ordinal)
                ? reader.GetString(ordinal)
                : null;
            var value = ColumnValues.FromDb(projection.Column, reader.GetValue(projection.Ordinal), lookupTable);
            SetValue(entity, projection, value);
        }

        return entity;
    }

    private static void SetValue(Entity entity, Projection projection, object value)
    {
        if (!projection.Source.IsMain)
        {
            entity[projection.AttributeKey] =
                new AliasedValue(projection.Source.Table.LogicalName, projection.Column.LogicalName, value);
            return;
        }

        entity[projection.AttributeKey] = value;
        if (projection.Column.LogicalName == projection.Source.Table.PrimaryIdAttribute)
        {
            entity.Id = (Guid)value;
        }
    }
}
