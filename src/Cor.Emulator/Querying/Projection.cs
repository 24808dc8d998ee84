using Cor.Emulator.Metadata;

namespace Cor.Emulator.Querying;

/// <summary>
/// One selected column: where its value sits in the result row and under which attribute key it is returned.
/// Columns of link-entities are returned as AliasedValue under "&lt;alias&gt;.&lt;column&gt;".
/// </summary>
internal sealed record Projection(QueryTable Source, ColumnMetadata Column, int Ordinal, int? LookupTableOrdinal)
{
    public string AttributeKey => Source.IsMain ? Column.LogicalName : Source.Alias + "." + Column.LogicalName;
}
