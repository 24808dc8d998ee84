namespace Cor.Emulator.Storage;

/// <summary>
/// Names of SQLite tables and columns. A lookup is stored in two columns: the referenced id in a column named after
/// the lookup, and the referenced table's logical name in the same name with <see cref="LookupTableSuffix"/>.
/// </summary>
internal static class SqlNames
{
    public const string LookupTableSuffix = "__table";

    /// <summary>Quotes an identifier; logical names contain only lower-case letters, digits and underscores.</summary>
    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", System.StringComparison.Ordinal) + "\"";

    public static string LookupTableColumn(string lookupColumn) => lookupColumn + LookupTableSuffix;
}
