using System.Collections;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>Condition on one column: the column, an operator and the values to compare with.</summary>
[DataContract(Name = "ConditionExpression", Namespace = ContractNamespace.V2011)]
public sealed class ConditionExpression : IExtensibleDataObject
{
    public ConditionExpression()
    {
    }

    public ConditionExpression(string attributeName, ConditionOperator conditionOperator, params object[] values)
        : this(null!, attributeName, conditionOperator, false, values)
    {
    }

    /// <summary>Creates a condition on a column of the linked table that has the entity name (alias).</summary>
    public ConditionExpression(
        string entityName, string attributeName, ConditionOperator conditionOperator, params object[] values)
        : this(entityName, attributeName, conditionOperator, false, values)
    {
    }

    /// <summary>Creates a condition. With compareColumns set, the values are column names to compare with.</summary>
    public ConditionExpression(
        string entityName,
        string attributeName,
        ConditionOperator conditionOperator,
        bool compareColumns,
        object[] values)
    {
        EntityName = entityName;
        AttributeName = attributeName;
        Operator = conditionOperator;
        CompareColumns = compareColumns;
        if (values is not null)
        {
            Values.AddRange(values);
        }
    }

    public ConditionExpression(
        string entityName,
        string attributeName,
        ConditionOperator conditionOperator,
        bool compareColumns,
        object value)
        : this(entityName, attributeName, conditionOperator, compareColumns, new[] { value })
    {
    }

    public ConditionExpression(
        string attributeName, ConditionOperator conditionOperator, bool compareColumns, object value)
        : this(null!, attributeName, conditionOperator, compareColumns, new[] { value })
    {
    }

    public ConditionExpression(
        string attributeName, ConditionOperator conditionOperator, bool compareColumns, object[] values)
        : this(null!, attributeName, conditionOperator, compareColumns, values)
    {
    }

    public ConditionExpression(string attributeName, ConditionOperator conditionOperator, object value)
        : this(null!, attributeName, conditionOperator, false, new[] { value })
    {
    }

    public ConditionExpression(
        string entityName, string attributeName, ConditionOperator conditionOperator, object value)
        : this(entityName, attributeName, conditionOperator, false, new[] { value })
    {
    }

    /// <summary>Creates a condition without values, for operators such as Null or Today.</summary>
    public ConditionExpression(string attributeName, ConditionOperator conditionOperator)
        : this(null!, attributeName, conditionOperator, false, null!)
    {
    }

    public ConditionExpression(string entityName, string attributeName, ConditionOperator conditionOperator)
        : this(entityName, attributeName, conditionOperator, false, null!)
    {
    }

    /// <summary>Creates a condition whose values are the items of the collection, such as an In list.</summary>
    public ConditionExpression(string attributeName, ConditionOperator conditionOperator, ICollection values)
        : this(attributeName, conditionOperator)
    {
        if (values is null)
        {
            return;
        }

        foreach (var value in values)
        {
            Values.Add(value);
        }
    }

    /// <summary>Alias of the linked table that the column belongs to, or null for the query's own table.</summary>
    [DataMember]
    public string EntityName { get; set; } = null!;

    /// <summary>Whether Values contains column names to compare with instead of constants.</summary>
    [DataMember]
    public bool CompareColumns { get; set; }

    [DataMember]
    public string AttributeName { get; set; } = null!;

    [DataMember]
    public ConditionOperator Operator { get; set; }

    [DataMember]
    public DataCollection<object> Values { get; private set; } = new();

    public ExtensionDataObject? ExtensionData { get; set; }
}
