using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using Cor.Emulator.Metadata;
using Cor.Emulator.Storage;
using Microsoft.Xrm.Sdk;

namespace Cor.Emulator.Querying;

/// <summary>
/// Converts condition values to the SQLite form of the column they are compared with. Conditions accept the loose
/// forms Dataverse accepts: an int or enum for a choice, a Guid or string for a lookup, a decimal for money.
/// </summary>
internal static class ConditionValues
{
    /// <summary>Flattens values, so that one array or list passed as a single value counts as its elements.</summary>
    public static List<object?> Flatten(IEnumerable<object> values)
    {
        var result = new List<object?>();
        foreach (var value in values)
        {
            if (value is IEnumerable items and not string)
            {
                foreach (var item in items)
                {
                    result.Add(item);
                }
            }
            else
            {
                result.Add(value);
            }
        }

        return result;
    }

    public static object ToDb(string table, ColumnMetadata column, object? value)
    {
        try
        {
            return Convert(column, value);
        }
        catch (Exception exception) when (exception is FormatException or InvalidCastException or OverflowException)
        {
            throw new EmulatorConfigurationException(
                $"Condition value '{value}' of type {value?.GetType().FullName} cannot be compared with column " +
                $"'{table}.{column.LogicalName}' of type {column.Type}. Pass a " +
                $"{ColumnValues.ExpectedType(column.Type).Name} value.", exception);
        }
    }

    private static object Convert(ColumnMetadata column, object? value)
    {
        if (value is null)
        {
            return DBNull.Value;
        }

        return column.Type switch
        {
            ColumnType.String or ColumnType.Memo => System.Convert.ToString(value, CultureInfo.InvariantCulture)!,
            ColumnType.Integer or ColumnType.BigInt => System.Convert.ToInt64(value, CultureInfo.InvariantCulture),
            ColumnType.Decimal or ColumnType.Double or ColumnType.Money => ToDouble(value),
            ColumnType.DateTime => ColumnValues.FormatDate(ToDate(value)),
            ColumnType.Boolean => ToBool(value) ? 1 : 0,
            ColumnType.Picklist or ColumnType.State or ColumnType.Status => ToOption(value),
            _ => ColumnValues.FormatGuid(ToGuid(value)),
        };
    }

    private static double ToDouble(object value) =>
        value is Money money ? (double)money.Value : System.Convert.ToDouble(value, CultureInfo.InvariantCulture);

    private static DateTime ToDate(object value) => value switch
    {
        DateTime date => date,
        string text => DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
        _ => throw new InvalidCastException(),
    };

    private static bool ToBool(object value) => value switch
    {
        bool flag => flag,
        string text => text == "1" || bool.Parse(text),
        _ => System.Convert.ToInt64(value, CultureInfo.InvariantCulture) != 0,
    };

    private static long ToOption(object value) => value switch
    {
        OptionSetValue option => option.Value,
        Enum enumValue => System.Convert.ToInt64(enumValue, CultureInfo.InvariantCulture),
        _ => System.Convert.ToInt64(value, CultureInfo.InvariantCulture),
    };

    private static Guid ToGuid(object value) => value switch
    {
        Guid id => id,
        EntityReference reference => reference.Id,
        string text => Guid.Parse(text),
        _ => throw new InvalidCastException(),
    };
}
