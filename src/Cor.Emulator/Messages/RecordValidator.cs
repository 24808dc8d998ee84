using System.Collections.Generic;
using System.Linq;
using Cor.Emulator.Metadata;
using Cor.Emulator.Storage;
using Microsoft.Xrm.Sdk;

namespace Cor.Emulator.Messages;

/// <summary>
/// Checks the columns of a Target before it is written: known columns, SDK value types, text lengths, and lookups
/// that point to an allowed table and an existing record.
/// </summary>
internal sealed class RecordValidator
{
    private readonly RecordStore _records;

    public RecordValidator(RecordStore records)
    {
        _records = records;
    }

    public Dictionary<string, object?> Validate(TableMetadata table, Entity target)
    {
        var values = new Dictionary<string, object?>(System.StringComparer.Ordinal);
        foreach (var (name, value) in target.Attributes)
        {
            var column = table.GetColumn(name);
            ColumnValues.CheckType(table.LogicalName, column, value);
            CheckLength(table, column, value);
            if (value is EntityReference reference)
            {
                CheckReference(table, column, reference);
            }

            values[name] = value;
        }

        return values;
    }

    private static void CheckLength(TableMetadata table, ColumnMetadata column, object? value)
    {
        if (value is string text && column.MaxLength is int max && text.Length > max)
        {
            throw new DataverseFaultException(DataverseFaultException.Unspecified,
                $"A validation error occurred. The length of the '{column.LogicalName}' attribute of the " +
                $"'{table.LogicalName}' entity exceeded the maximum allowed length of '{max}'.");
        }
    }

    private void CheckReference(TableMetadata table, ColumnMetadata column, EntityReference reference)
    {
        if (column.Targets.Count > 0 && !column.Targets.Contains(reference.LogicalName))
        {
            throw new EmulatorConfigurationException(
                $"Column '{table.LogicalName}.{column.LogicalName}' can reference {string.Join(" or ", column.Targets)}, " +
                $"but the EntityReference points to '{reference.LogicalName}'. Set a reference to one of those tables.");
        }

        var targetTable = _records.Catalog.GetTable(reference.LogicalName);
        if (!_records.Exists(targetTable, reference.Id))
        {
            throw DataverseFaultException.RecordNotFound(reference.LogicalName, reference.Id);
        }
    }
}
