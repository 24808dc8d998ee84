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
    private const string ValueId = "environmentvariablevalueid";

    /// <summary>
    /// Returns the effective value of each named variable that exists, keyed by schema name (any case), with one
    /// query that joins each definition to its value. A current value that exists but is empty or white space gets
    /// no default: the variable is listed in <see cref="EnvironmentVariableValues.EmptyCurrentValues"/> instead.
    /// </summary>
    public static EnvironmentVariableValues ReadValues(IOrganizationService service, IEnumerable<string> schemaNames)
    {
        var query = BuildQuery(schemaNames);
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        var empty = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in service.RetrieveMultiple(query).Entities)
        {
            var schemaName = row.GetAttributeValue<string>("schemaname");
            if (HasEmptyCurrentValue(row))
            {
                empty.Add(schemaName);
                values[schemaName] = null;
                continue;
            }

            var effective = EffectiveValue(row);
            if (!values.TryGetValue(schemaName, out var existing) || string.IsNullOrEmpty(existing))
            {
                values[schemaName] = effective;
            }
        }

        return new EnvironmentVariableValues(values, empty);
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
        link.Columns = new ColumnSet(ValueId, "value");
        return query;
    }

    /// <summary>Returns whether the variable has a value row whose value is empty or white space.</summary>
    private static bool HasEmptyCurrentValue(Entity row)
    {
        var hasValueRow = row.GetAttributeValue<AliasedValue>(ValueAlias + "." + ValueId)?.Value != null;
        var current = row.GetAttributeValue<AliasedValue>(ValueAlias + ".value")?.Value as string;
        return hasValueRow && string.IsNullOrWhiteSpace(current);
    }

    /// <summary>Returns the value row's value when it is set, because a value overrides the default.</summary>
    private static string? EffectiveValue(Entity row)
    {
        var current = row.GetAttributeValue<AliasedValue>(ValueAlias + ".value")?.Value as string;
        return string.IsNullOrEmpty(current) ? row.GetAttributeValue<string>("defaultvalue") : current;
    }
}
