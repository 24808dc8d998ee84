using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>Query that matches records whose columns equal the given values, all combined with And.</summary>
[DataContract(Name = "QueryByAttribute", Namespace = ContractNamespace.V2011)]
public sealed class QueryByAttribute : QueryBase
{
    public QueryByAttribute()
    {
    }

    public QueryByAttribute(string entityName)
    {
        EntityName = entityName;
    }

    [DataMember]
    public string EntityName { get; set; } = null!;

    /// <summary>Column names, matched by position with Values.</summary>
    [DataMember]
    public DataCollection<string> Attributes { get; private set; } = new();

    [DataMember]
    public DataCollection<object> Values { get; private set; } = new();

    [DataMember]
    public PagingInfo PageInfo { get; set; } = new();

    [DataMember]
    public ColumnSet ColumnSet { get; set; } = new();

    [DataMember]
    public DataCollection<OrderExpression> Orders { get; private set; } = new();

    [DataMember]
    public int? TopCount { get; set; }

    public void AddOrder(string attributeName, OrderType orderType) =>
        Orders.Add(new OrderExpression(attributeName, orderType));

    /// <summary>Adds a column and the value it must equal.</summary>
    public void AddAttributeValue(string attributeName, object value)
    {
        Attributes.Add(attributeName);
        Values.Add(value);
    }
}
