using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Cor.Plugins.Framework;

/// <summary>
/// Reads Dataverse environment variables: the current value when one is set, otherwise the definition's default.
/// </summary>
public static class EnvironmentVariableReader
{
    private const string DefinitionTable = "environmentvariabledefinition";
    private const string ValueTable = "environmentvariablevalue";
    private const string DefinitionId = "environmentvariabledefinitionid";
    private const string ValueAlias = "currentvalue";

    /// <summary>
    /// Returns the effective value of each named variable that exists, keyed by schema name (any case), with one
    /// query that joins each definition to its value.
    /// </summary>
    public static IReadOnlyDictionary<string, string?> ReadEffectiveValues(
        IOrganizationService service, IEnumerable<string> schemaNames)
    {
        var query = BuildQuery(schemaNames);
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in service.RetrieveMultiple(query).Entities)
        {
            var schemaName = row.GetAttributeValue<string>("schemaname");
            var effective = EffectiveValue(row);
            if (!values.TryGetValue(schemaName, out var existing) || string.IsNullOrEmpty(existing))
            {
                values[schemaName] = effective;
            }
        }

        return values;
    }

    private static QueryExpression BuildQuery(IEnumerable<string> schemaNames)
    {
        var query = new QueryExpression(DefinitionTable)
        {
            ColumnSet = new ColumnSet("schemaname", "defaultvalue"),
        };
        query.Criteria.AddCondition("schemaname", ConditionOperator.In, schemaNames.Cast<object>().ToArray());

        var link = query.AddLink(ValueTable, DefinitionId, DefinitionId, JoinOperator.LeftOuter);
        link.EntityAlias = ValueAlias;
        link.Columns = new ColumnSet("value");
        return query;
    }

    /// <summary>Returns the value row's value when it is set, because a value overrides the default.</summary>
    private static string? EffectiveValue(Entity row)
    {
        var current = row.GetAttributeValue<AliasedValue>(ValueAlias + ".value")?.Value as string;
        return string.IsNullOrEmpty(current) ? row.GetAttributeValue<string>("defaultvalue") : current;
    }
}
