using System;
using System.Collections.Generic;

namespace Cor.Emulator.Metadata;

/// <summary>
/// A column of a table: its logical name, type and, for lookups, the tables it may point to.
/// </summary>
public sealed class ColumnMetadata
{
    public ColumnMetadata(string logicalName, ColumnType type, IReadOnlyList<string>? targets = null)
    {
        LogicalName = logicalName;
        Type = type;
        Targets = targets ?? Array.Empty<string>();
    }

    public string LogicalName { get; }

    public ColumnType Type { get; }

    /// <summary>
    /// Tables a lookup may reference. Empty for a lookup whose target the solution does not name, which then accepts
    /// a reference to any table.
    /// </summary>
    public IReadOnlyList<string> Targets { get; internal set; }

    /// <summary>Maximum length of a text column, or null when no limit is known.</summary>
    public int? MaxLength { get; init; }

    /// <summary>
    /// Smallest value a whole number, big integer, decimal, floating point or currency column accepts (MinValue), or
    /// null when no limit is known.
    /// </summary>
    public decimal? MinValue { get; init; }

    /// <summary>
    /// Largest value a whole number, big integer, decimal, floating point or currency column accepts (MaxValue), or
    /// null when no limit is known.
    /// </summary>
    public decimal? MaxValue { get; init; }

    /// <summary>Value a yes/no column takes on create when the caller does not set it (AppDefaultValue).</summary>
    public bool? DefaultBoolean { get; init; }

    /// <summary>
    /// True for a date column with the DateOnly behavior (Behavior 2), which keeps only the date and drops the time.
    /// </summary>
    public bool IsDateOnly { get; init; }

    /// <summary>Values a choice, status or status reason column accepts, or null when the metadata lists none.</summary>
    public IReadOnlyCollection<int>? AllowedValues { get; internal set; }

    /// <summary>Name of the global choice whose values the column takes, or null for a local choice.</summary>
    public string? OptionSetName { get; init; }

    public bool IsLookup => Type is ColumnType.Lookup or ColumnType.Owner or ColumnType.Customer;
}
