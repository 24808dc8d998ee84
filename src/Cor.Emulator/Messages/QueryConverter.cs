using Microsoft.Xrm.Sdk.Query;

namespace Cor.Emulator.Messages;

/// <summary>
/// Turns the supported query types into a QueryExpression; a QueryByAttribute becomes Equal (or Null) conditions.
/// </summary>
internal static class QueryConverter
{
    public static QueryExpression ToQueryExpression(QueryBase query) => query switch
    {
        QueryExpression expression => expression,
        QueryByAttribute byAttribute => Convert(byAttribute),
        null => throw new EmulatorConfigurationException("RetrieveMultiple needs a query. Pass a QueryExpression or QueryByAttribute."),
        _ => throw new EmulatorConfigurationException(
            $"Query type {query.GetType().Name} is not supported by the emulator. Use QueryExpression or QueryByAttribute."),
    };

    private static QueryExpression Convert(QueryByAttribute query)
    {
        if (query.Attributes.Count != query.Values.Count)
        {
            throw new EmulatorConfigurationException(
                $"QueryByAttribute on '{query.EntityName}' has {query.Attributes.Count} attributes but " +
                $"{query.Values.Count} values. Pass one value per attribute.");
        }

        var expression = new QueryExpression(query.EntityName)
        {
            ColumnSet = query.ColumnSet ?? new ColumnSet(),
            TopCount = query.TopCount,
            PageInfo = query.PageInfo,
        };
        for (var i = 0; i < query.Attributes.Count; i++)
        {
            var value = query.Values[i];
            if (value is null)
            {
                expression.Criteria.AddCondition(query.Attributes[i], ConditionOperator.Null);
            }
            else
            {
                expression.Criteria.AddCondition(query.Attributes[i], ConditionOperator.Equal, value);
            }
        }

        foreach (var order in query.Orders)
        {
            expression.Orders.Add(order);
        }

        return expression;
    }
}
