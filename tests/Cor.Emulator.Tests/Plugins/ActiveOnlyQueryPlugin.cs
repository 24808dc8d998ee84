using System;
using Microsoft.Xrm.Sdk.Query;

namespace Cor.Emulator.Tests.Plugins;

/// <summary>Adds "test_quantity is not null" to every RetrieveMultiple query, as a PreOperation filter plugin does.</summary>
public sealed class ActiveOnlyQueryPlugin : Microsoft.Xrm.Sdk.IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var query = (QueryExpression)serviceProvider.Context().InputParameters["Query"];
        query.Criteria.AddCondition("test_quantity", ConditionOperator.NotNull);
    }
}
