using System.Globalization;
using Cor.Emulator.Metadata;
using Cor.Emulator.Storage;
using Microsoft.Xrm.Sdk;

namespace Cor.Emulator.Messages;

/// <summary>
/// Checks values against a column's MaxLength, MinValue and MaxValue and raises the validation fault Dataverse
/// raises for a value outside them.
/// </summary>
internal static class ColumnLimits
{
    /// <summary>
    /// Checks the columns of a request's Target before PreValidation. Unknown columns and values of the wrong SDK type
    /// are left to the main operation, which reports them.
    /// </summary>
    // NOTE: that Dataverse checks these limits before PreValidation is assumed, not taken from its documentation.
    public static void CheckTarget(TableMetadata table, Entity target)
    {
        foreach (var (name, value) in target.Attributes)
        {
            if (table.FindColumn(name) is { } column && ColumnValues.ExpectedType(column.Type).IsInstanceOfType(value))
            {
                Check(table, column, value);
            }
        }
    }

    /// <summary>Throws <see cref="DataverseFaultException"/> when a value is outside the column's limits.</summary>
    public static void Check(TableMetadata table, ColumnMetadata column, object? value)
    {
        CheckLength(table, column, value);
        CheckRange(table, column, value);
    }

    private static void CheckLength(TableMetadata table, ColumnMetadata column, object? value)
    {
        if (value is not string text || column.MaxLength is not int max || text.Length <= max)
        {
            return;
        }

        throw new DataverseFaultException(DataverseFaultException.Unspecified,
            $"A validation error occurred. The length of the '{column.LogicalName}' attribute of the " +
            $"'{table.LogicalName}' entity exceeded the maximum allowed length of '{max}'. The value has " +
            $"{text.Length} characters. Shorten it to {max} characters or fewer, or raise the column's MaxLength.");
    }

    private static void CheckRange(TableMetadata table, ColumnMetadata column, object? value)
    {
        if (column.MinValue is null && column.MaxValue is null)
        {
            return;
        }

        var inRange = value switch
        {
            int number when column.Type == ColumnType.Integer => IsInRange((decimal)number, column),
            long number when column.Type == ColumnType.BigInt => IsInRange((decimal)number, column),
            decimal number when column.Type == ColumnType.Decimal => IsInRange(number, column),
            Money money when column.Type == ColumnType.Money => IsInRange(money.Value, column),
            double number when column.Type == ColumnType.Double => IsInRange(number, column),
            _ => true,
        };
        if (inRange)
        {
            return;
        }

        var range = RangeText(column);
        throw new DataverseFaultException(DataverseFaultException.Unspecified,
            $"A validation error occurred. The value {ValueText(value)} of '{column.LogicalName}' on record of type " +
            $"'{table.LogicalName}' is outside the valid range. Accepted range: {range}. Set a value in that range, " +
            "or change the column's MinValue or MaxValue.");
    }

    private static bool IsInRange(decimal number, ColumnMetadata column) =>
        (column.MinValue is not { } min || number >= min) && (column.MaxValue is not { } max || number <= max);

    /// <summary>Compares as double, so that a value beyond the range of decimal cannot overflow.</summary>
    private static bool IsInRange(double number, ColumnMetadata column) =>
        !double.IsNaN(number)
        && (column.MinValue is not { } min || number >= (double)min)
        && (column.MaxValue is not { } max || number <= (double)max);

    private static string RangeText(ColumnMetadata column) => (column.MinValue, column.MaxValue) switch
    {
        ({ } min, { } max) => $"{Format(min)} to {Format(max)}",
        ({ } min, null) => $"{Format(min)} or more",
        (null, { } max) => $"{Format(max)} or less",
        _ => "any value",
    };

    private static string ValueText(object? value) => value switch
    {
        Money money => Format(money.Value),
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        _ => System.Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };

    private static string Format(decimal number) => number.ToString(CultureInfo.InvariantCulture);
}
