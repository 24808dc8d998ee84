using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>Join from one table of a query to another.</summary>
[DataContract(Name = "LinkEntity", Namespace = ContractNamespace.V2011)]
public sealed class LinkEntity : IExtensibleDataObject
{
    public LinkEntity()
    {
    }

    public LinkEntity(
        string linkFromEntityName,
        string linkToEntityName,
        string linkFromAttributeName,
        string linkToAttributeName,
        JoinOperator joinOperator)
    {
        LinkFromEntityName = linkFromEntityName;
        LinkToEntityName = linkToEntityName;
        LinkFromAttributeName = linkFromAttributeName;
        LinkToAttributeName = linkToAttributeName;
        JoinOperator = joinOperator;
    }

    [DataMember]
    public string LinkFromAttributeName { get; set; } = null!;

    [DataMember]
    public string LinkFromEntityName { get; set; } = null!;

    [DataMember]
    public string LinkToEntityName { get; set; } = null!;

    [DataMember]
    public string LinkToAttributeName { get; set; } = null!;

    [DataMember]
    public JoinOperator JoinOperator { get; set; }

    [DataMember]
    public FilterExpression LinkCriteria { get; set; } = new();

    [DataMember]
    public DataCollection<LinkEntity> LinkEntities { get; private set; } = new();

    [DataMember]
    public ColumnSet Columns { get; set; } = new();

    /// <summary>Alias that prefixes the returned columns (as AliasedValue) and that conditions refer to.</summary>
    [DataMember]
    public string EntityAlias { get; set; } = null!;

    [DataMember]
    public DataCollection<OrderExpression> Orders { get; private set; } = new();

    public ExtensionDataObject? ExtensionData { get; set; }

    /// <summary>Adds an inner join from this link's table and returns it.</summary>
    public LinkEntity AddLink(string linkToEntityName, string linkFromAttributeName, string linkToAttributeName) =>
        AddLink(linkToEntityName, linkFromAttributeName, linkToAttributeName, JoinOperator.Inner);

    /// <summary>Adds a join from this link's table and returns it.</summary>
    public LinkEntity AddLink(
        string linkToEntityName,
        string linkFromAttributeName,
        string linkToAttributeName,
        JoinOperator joinOperator)
    {
        var link = new LinkEntity(
            LinkToEntityName, linkToEntityName, linkFromAttributeName, linkToAttributeName, joinOperator);
        LinkEntities.Add(link);
        return link;
    }
}
