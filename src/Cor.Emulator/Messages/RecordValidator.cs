using System.Collections.Generic;
using System.Linq;
using Cor.Emulator.Metadata;
using Cor.Emulator.Storage;
using Microsoft.Xrm.Sdk;

namespace Cor.Emulator.Messages;

/// <summary>
/// Checks the columns of a Target before it is written: known columns, SDK value types, text lengths, numeric
/// ranges, and lookups that point to an allowed table and an existing record.
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
            ColumnLimits.Check(table, column, value);
            CheckOption(table, column, value);
            if (value is EntityReference reference)
            {
                CheckReference(table, column, reference);
            }

            values[name] = value;
        }

        return values;
    }

    private static void CheckOption(TableMetadata table, ColumnMetadata column, object? value)
    {
        if (value is OptionSetValue option && column.AllowedValues is { } allowed && !allowed.Contains(option.Value))
        {
            throw new DataverseFaultException(DataverseFaultException.Unspecified,
                $"A validation error occurred. The value {option.Value} of '{column.LogicalName}' on record of type " +
                $"'{table.LogicalName}' is outside the valid range. Accepted values: {string.Join(", ", allowed.Order())}.");
        }
    }

    /// <summary>Throws when the status reason of a record does not belong to its state.</summary>
    public static void CheckStatusMatchesState(TableMetadata table, OptionSetValue? state, OptionSetValue? status)
    {
        if (state is null || status is null || !table.StateByStatus.TryGetValue(status.Value, out var owningState)
            || owningState == state.Value)
        {
            return;
        }

        throw new DataverseFaultException(DataverseFaultException.Unspecified,
            $"statuscode {status.Value} is not a valid status reason for statecode {state.Value} of '{table.LogicalName}': " +
            $"it belongs to statecode {owningState}. Set a status reason of state {state.Value}, or leave statuscode out.");
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
