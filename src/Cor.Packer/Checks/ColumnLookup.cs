using System;

namespace Cor.Packer.Checks;

/// <summary>Answers whether a table or column named by a step exists in the solution.</summary>
internal static class ColumnLookup
{
    /// <summary>
    /// Returns false only when the column is known to be missing: the table is one this solution defines, or the column
    /// carries the publisher prefix. Columns of system tables that the solution does not list cannot be verified here.
    /// </summary>
    public static bool ColumnMayExist(CheckContext context, string table, string column)
    {
        if (!context.Tables.TryGetValue(table, out var model))
        {
            return !IsOurs(context, table) && !IsOurs(context, column);
        }

        return model.Columns.Contains(column) || (!model.IsCustom && !IsOurs(context, column));
    }

    public static bool TableMayExist(CheckContext context, string table) =>
        context.Tables.ContainsKey(table) || !IsOurs(context, table);

    public static bool IsOurs(CheckContext context, string name) =>
        context.Prefix.Length > 0 && name.StartsWith(context.Prefix + "_", StringComparison.OrdinalIgnoreCase);
}
