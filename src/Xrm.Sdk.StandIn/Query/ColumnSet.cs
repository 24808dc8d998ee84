using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>Columns that a query or retrieve returns.</summary>
/// <remarks>
/// NOTE: the 9.0.2.46 members AttributeExpressions (of XrmAttributeExpression) and the lazy file-column members are
/// left out of this stand-in.
/// </remarks>
[DataContract(Name = "ColumnSet", Namespace = ContractNamespace.V2011)]
public sealed class ColumnSet : IExtensibleDataObject
{
    public ColumnSet()
    {
    }

    /// <summary>Creates a column set for all columns when true, or for none when false.</summary>
    public ColumnSet(bool allColumns)
    {
        AllColumns = allColumns;
    }

    public ColumnSet(params string[] columns)
    {
        Columns.AddRange(columns);
    }

    /// <summary>Whether to return every column, in which case Columns is ignored.</summary>
    [DataMember]
    public bool AllColumns { get; set; }

    [DataMember]
    public DataCollection<string> Columns { get; private set; } = new();

    public ExtensionDataObject? ExtensionData { get; set; }

    public void AddColumns(params string[] columns) => Columns.AddRange(columns);

    public void AddColumn(string column) => Columns.Add(column);
}
