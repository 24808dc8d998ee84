using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>Conditions and child filters combined with one logical operator.</summary>
[DataContract(Name = "FilterExpression", Namespace = ContractNamespace.V2011)]
public sealed class FilterExpression : IExtensibleDataObject
{
    public FilterExpression()
    {
    }

    public FilterExpression(LogicalOperator filterOperator)
    {
        FilterOperator = filterOperator;
    }

    [DataMember]
    public LogicalOperator FilterOperator { get; set; }

    [DataMember]
    public string FilterHint { get; set; } = null!;

    [DataMember]
    public DataCollection<ConditionExpression> Conditions { get; private set; } = new();

    [DataMember]
    public DataCollection<FilterExpression> Filters { get; private set; } = new();

    /// <summary>Whether this is the quick find filter of a view.</summary>
    [DataMember]
    public bool IsQuickFindFilter { get; set; }

    public ExtensionDataObject? ExtensionData { get; set; }

    public void AddCondition(string attributeName, ConditionOperator conditionOperator, params object[] values) =>
        Conditions.Add(new ConditionExpression(attributeName, conditionOperator, values));

    public void AddCondition(
        string entityName, string attributeName, ConditionOperator conditionOperator, params object[] values) =>
        Conditions.Add(new ConditionExpression(entityName, attributeName, conditionOperator, values));

    public void AddCondition(
        string attributeName, ConditionOperator conditionOperator, bool compareColumns, object[] values) =>
        Conditions.Add(new ConditionExpression(attributeName, conditionOperator, compareColumns, values));

    public void AddCondition(
        string entityName,
        string attributeName,
        ConditionOperator conditionOperator,
        bool compareColumns,
        object[] values) =>
        Conditions.Add(new ConditionExpression(entityName, attributeName, conditionOperator, compareColumns, values));

    public void AddCondition(
        string attributeName, ConditionOperator conditionOperator, bool compareColumns, object value) =>
        Conditions.Add(new ConditionExpression(attributeName, conditionOperator, compareColumns, value));

    public void AddCondition(
        string entityName,
        string attributeName,
        ConditionOperator conditionOperator,
        bool compareColumns,
        object value) =>
        Conditions.Add(new ConditionExpression(entityName, attributeName, conditionOperator, compareColumns, value));

    public void AddCondition(ConditionExpression condition) => Conditions.Add(condition);

    /// <summary>Adds an empty child filter and returns it.</summary>
    public FilterExpression AddFilter(LogicalOperator logicalOperator)
    {
        var child = new FilterExpression(logicalOperator);
        Filters.Add(child);
        return child;
    }

    public void AddFilter(FilterExpression childFilter) => Filters.Add(childFilter);
}
