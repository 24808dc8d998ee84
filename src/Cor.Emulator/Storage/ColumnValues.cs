using System;
using System.Globalization;
using Cor.Emulator.Metadata;
using Microsoft.Xrm.Sdk;

namespace Cor.Emulator.Storage;

/// <summary>
/// Checks SDK values against a column's type and converts them to and from their SQLite form.
/// </summary>
internal static class ColumnValues
{
    private const string DateTimeFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    /// <summary>Returns the SDK type a column expects, such as <see cref="OptionSetValue"/> for a choice.</summary>
    public static Type ExpectedType(ColumnType type) => type switch
    {
        ColumnType.String or ColumnType.Memo => typeof(string),
        ColumnType.Integer => typeof(int),
        ColumnType.BigInt => typeof(long),
        ColumnType.Decimal => typeof(decimal),
        ColumnType.Double => typeof(double),
        ColumnType.Money => typeof(Money),
        ColumnType.DateTime => typeof(DateTime),
        ColumnType.Boolean => typeof(bool),
        ColumnType.Picklist or ColumnType.State or ColumnType.Status => typeof(OptionSetValue),
        ColumnType.Lookup or ColumnType.Owner or ColumnType.Customer => typeof(EntityReference),
        _ => typeof(Guid),
    };

    /// <summary>
    /// Throws <see cref="EmulatorConfigurationException"/> when a non-null value is not of the column's SDK type.
    /// </summary>
    public static void CheckType(string table, ColumnMetadata column, object? value)
    {
        if (value is null)
        {
            return;
        }

        var expected = ExpectedType(column.Type);
        if (expected.IsInstanceOfType(value))
        {
            return;
        }

        throw new EmulatorConfigurationException(
            $"Incorrect attribute value type {value.GetType().FullName} for column '{table}.{column.LogicalName}': " +
            $"the column is of type {column.Type} and expects {expected.FullName}. " +
            $"Set it to a {expected.Name} value, or to null to clear it.");
    }

    /// <summary>Converts a checked SDK value to the value stored in the column's main SQLite column.</summary>
    public static object ToDb(ColumnMetadata column, object? value) => value switch
    {
        null => DBNull.Value,
        string text => text,
        int number => number,
        long number => number,
        decimal number => (double)number,
        double number => number,
        Money money => (double)money.Value,
        DateTime date => FormatDate(column.IsDateOnly ? DateTime.SpecifyKind(date.Date, DateTimeKind.Utc) : date),
        bool flag => flag ? 1 : 0,
        OptionSetValue option => option.Value,
        EntityReference reference => FormatGuid(reference.Id),
        Guid id => FormatGuid(id),
        _ => throw new EmulatorConfigurationException(
            $"Column '{column.LogicalName}' cannot store a value of type {value.GetType().FullName}."),
    };

    /// <summary>Converts a stored value back to the SDK type of the column.</summary>
    public static object FromDb(ColumnMetadata column, object stored, string? lookupTable) => column.Type switch
    {
        ColumnType.String or ColumnType.Memo => Convert.ToString(stored, CultureInfo.InvariantCulture)!,
        ColumnType.Integer => Convert.ToInt32(stored, CultureInfo.InvariantCulture),
        ColumnType.BigInt => Convert.ToInt64(stored, CultureInfo.InvariantCulture),
        ColumnType.Decimal => Convert.ToDecimal(stored, CultureInfo.InvariantCulture),
        ColumnType.Double => Convert.ToDouble(stored, CultureInfo.InvariantCulture),
        ColumnType.Money => new Money(Convert.ToDecimal(stored, CultureInfo.InvariantCulture)),
        ColumnType.DateTime => ParseDate((string)stored),
        ColumnType.Boolean => Convert.ToInt64(stored, CultureInfo.InvariantCulture) != 0,
        ColumnType.Picklist or ColumnType.State or ColumnType.Status =>
            new OptionSetValue(Convert.ToInt32(stored, CultureInfo.InvariantCulture)),
        ColumnType.Lookup or ColumnType.Owner or ColumnType.Customer =>
            new EntityReference(lookupTable ?? string.Empty, Guid.Parse((string)stored)),
        _ => Guid.Parse((string)stored),
    };

    /// <summary>
    /// Formats a date as UTC to the second, the precision Dataverse keeps. A Local value is converted to UTC and an
    /// Unspecified one is taken as UTC already.
    /// </summary>
    public static string FormatDate(DateTime value)
    {
        var utc = value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : value;
        return utc.ToString(DateTimeFormat, CultureInfo.InvariantCulture);
    }

    public static DateTime ParseDate(string stored) =>
        DateTime.ParseExact(stored, DateTimeFormat, CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);

    public static string FormatGuid(Guid id) => id.ToString("D");
}
