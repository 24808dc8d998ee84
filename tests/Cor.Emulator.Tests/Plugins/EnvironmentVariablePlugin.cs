using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Cor.Emulator.Tests.Plugins;

/// <summary>
/// Reads test_MaxQuantity the way plugins read environment variables: the definition's default, overridden by a
/// value row when one exists.
/// </summary>
public sealed class EnvironmentVariablePlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var query = new QueryExpression("environmentvariabledefinition") { ColumnSet = new ColumnSet("defaultvalue") };
        query.Criteria.AddCondition("schemaname", ConditionOperator.Equal, "test_MaxQuantity");
        var value = query.AddLink("environmentvariablevalue", "environmentvariabledefinitionid", "environmentvariabledefinitionid", JoinOperator.LeftOuter);
        value.EntityAlias = "v";
        value.Columns = new ColumnSet("value");
        var row = serviceProvider.Service().RetrieveMultiple(query).Entities.Single();
        var current = row.Contains("v.value") ? (string)row.GetAttributeValue<AliasedValue>("v.value").Value : row.GetAttributeValue<string>("defaultvalue");
        serviceProvider.Tracing().Trace("max={0}", current);
    }
}
