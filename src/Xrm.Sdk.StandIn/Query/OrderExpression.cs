using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>Sort order on one column.</summary>
[DataContract(Name = "OrderExpression", Namespace = ContractNamespace.V2011)]
public sealed class OrderExpression : IExtensibleDataObject
{
    public OrderExpression()
    {
    }

    public OrderExpression(string attributeName, OrderType orderType)
    {
        AttributeName = attributeName;
        OrderType = orderType;
    }

    /// <summary>Creates a sort on an aggregate or column alias.</summary>
    public OrderExpression(string attributeName, OrderType orderType, string alias)
        : this(attributeName, orderType)
    {
        Alias = alias;
    }

    /// <summary>Creates a sort on a column of the linked table that has the entity name (alias).</summary>
    public OrderExpression(string attributeName, OrderType orderType, string alias, string entityName)
        : this(attributeName, orderType, alias)
    {
        EntityName = entityName;
    }

    [DataMember]
    public string AttributeName { get; set; } = null!;

    [DataMember]
    public OrderType OrderType { get; set; }

    [DataMember]
    public string Alias { get; set; } = null!;

    [DataMember]
    public string EntityName { get; set; } = null!;

    public ExtensionDataObject? ExtensionData { get; set; }
}
