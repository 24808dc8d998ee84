using System;
using System.Collections.Generic;
using System.Linq;
using Cor.Emulator.Metadata;
using Microsoft.Data.Sqlite;

namespace Cor.Emulator.Storage;

/// <summary>
/// The SQLite database behind one emulator: one connection, one SQL table per Dataverse table, and at most one open
/// transaction, which every command joins.
/// </summary>
internal sealed class SqliteStore : IDisposable
{
    private readonly SqliteConnection _connection;
    private SqliteTransaction? _transaction;

    public SqliteStore(string? databasePath)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = databasePath ?? ":memory:",
            Mode = databasePath is null ? SqliteOpenMode.Memory : SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        };
        _connection = new SqliteConnection(builder.ToString());
        _connection.Open();
    }

    public bool InTransaction => _transaction is not null;

    /// <summary>True when a request in the open transaction failed, so the transaction may only be rolled back.</summary>
    public bool IsAborted { get; private set; }

    public void MarkAborted() => IsAborted = _transaction is not null;

    public SqliteCommand CreateCommand(string sql)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = _transaction;
        return command;
    }

    public void BeginTransaction()
    {
        if (_transaction is not null)
        {
            throw new InvalidOperationException("A transaction is already open; nested operations join it.");
        }

        _transaction = _connection.BeginTransaction();
    }

    public void Commit()
    {
        _transaction?.Commit();
        EndTransaction();
    }

    public void Rollback()
    {
        _transaction?.Rollback();
        EndTransaction();
    }

    /// <summary>
    /// Creates the SQL table of each Dataverse table, and adds columns that a file database from an earlier
    /// metadata version lacks.
    /// </summary>
    public void EnsureSchema(MetadataCatalog catalog)
    {
        foreach (var table in catalog.Tables)
        {
            var existing = ExistingColumns(table.LogicalName);
            if (existing.Count == 0)
            {
                Execute(CreateTableSql(table));
                continue;
            }

            foreach (var definition in ColumnDefinitions(table).Where(d => !existing.Contains(d.Name)))
            {
                Execute($"ALTER TABLE {SqlNames.Quote(table.LogicalName)} ADD COLUMN {definition.Sql}");
            }
        }
    }

    public void Dispose()
    {
        _transaction?.Dispose();
        _connection.Dispose();
    }

    private void EndTransaction()
    {
        IsAborted = false;
        _transaction?.Dispose();
        _transaction = null;
    }

    private void Execute(string sql)
    {
        using var command = CreateCommand(sql);
        command.ExecuteNonQuery();
    }

    private HashSet<string> ExistingColumns(string table)
    {
        var columns = new HashSet<string>(StringComparer.Ordinal);
        using var command = CreateCommand($"SELECT name FROM pragma_table_info({Literal(table)})");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            columns.Add(reader.GetString(0));
        }

        return columns;
    }

    private static string CreateTableSql(TableMetadata table)
    {
        var columns = ColumnDefinitions(table).Select(d => d.Sql);
        return $"CREATE TABLE {SqlNames.Quote(table.LogicalName)} ({string.Join(", ", columns)})";
    }

    private static IEnumerable<(string Name, string Sql)> ColumnDefinitions(TableMetadata table)
    {
        foreach (var column in table.Columns)
        {
            var name = column.LogicalName;
            var primaryKey = name == table.PrimaryIdAttribute ? " PRIMARY KEY" : string.Empty;
            yield return (name, $"{SqlNames.Quote(name)} {SqlType(column.Type)}{primaryKey}");
            if (column.IsLookup)
            {
                var tableColumn = SqlNames.LookupTableColumn(name);
                yield return (tableColumn, $"{SqlNames.Quote(tableColumn)} TEXT");
            }
        }
    }

    /// <summary>
    /// Returns the SQLite type of a column. Text compares without case, as Dataverse's default collation does.
    /// Decimal and money are stored as REAL so that comparisons and ordering work in SQL.
    /// </summary>
    private static string SqlType(ColumnType type) => type switch
    {
        ColumnType.String or ColumnType.Memo => "TEXT COLLATE NOCASE",
        ColumnType.Integer or ColumnType.BigInt or ColumnType.Boolean => "INTEGER",
        ColumnType.Picklist or ColumnType.State or ColumnType.Status => "INTEGER",
        ColumnType.Decimal or ColumnType.Double or ColumnType.Money => "REAL",
        _ => "TEXT",
    };

    private static string Literal(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
}
