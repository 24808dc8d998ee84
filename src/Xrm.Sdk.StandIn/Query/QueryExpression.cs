using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>Query built from objects: table, columns, criteria, joins, orders and paging.</summary>
[DataContract(Name = "QueryExpression", Namespace = ContractNamespace.V2011)]
public sealed class QueryExpression : QueryBase
{
    public QueryExpression()
    {
    }

    public QueryExpression(string entityName)
    {
        EntityName = entityName;
    }

    [DataMember]
    public bool Distinct { get; set; }

    [DataMember]
    public bool NoLock { get; set; }

    [DataMember]
    public QueryExpression SubQueryExpression { get; set; } = null!;

    [DataMember]
    public PagingInfo PageInfo { get; set; } = new();

    [DataMember]
    public string QueryHints { get; set; } = null!;

    [DataMember]
    public string DataSource { get; set; } = null!;

    [DataMember]
    public DataCollection<LinkEntity> LinkEntities { get; private set; } = new();

    [DataMember]
    public FilterExpression Criteria { get; set; } = new();

    [DataMember]
    public DataCollection<OrderExpression> Orders { get; private set; } = new();

    [DataMember]
    public string EntityName { get; set; } = null!;

    [DataMember]
    public ColumnSet ColumnSet { get; set; } = new();

    /// <summary>Maximum number of records to return, or null for no limit.</summary>
    [DataMember]
    public int? TopCount { get; set; }

    public void AddOrder(string attributeName, OrderType orderType) =>
        Orders.Add(new OrderExpression(attributeName, orderType));

    public void AddOrder(string attributeName, OrderType orderType, string alias, string entityName) =>
        Orders.Add(new OrderExpression(attributeName, orderType, alias, entityName));

    /// <summary>Adds an inner join from the query's table and returns it.</summary>
    public LinkEntity AddLink(string linkToEntityName, string linkFromAttributeName, string linkToAttributeName) =>
        AddLink(linkToEntityName, linkFromAttributeName, linkToAttributeName, JoinOperator.Inner);

    /// <summary>Adds a join from the query's table and returns it.</summary>
    public LinkEntity AddLink(
        string linkToEntityName,
        string linkFromAttributeName,
        string linkToAttributeName,
        JoinOperator joinOperator)
    {
        var link = new LinkEntity(
            EntityName, linkToEntityName, linkFromAttributeName, linkToAttributeName, joinOperator);
        LinkEntities.Add(link);
        return link;
    }
}
