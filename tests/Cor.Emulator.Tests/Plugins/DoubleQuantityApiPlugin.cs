using System;
using Microsoft.Xrm.Sdk;

namespace Cor.Emulator.Tests.Plugins;

/// <summary>
/// Main operation of the test_DoubleQuantity Custom API: multiplies the bound widget's quantity by the Factor
/// parameter and returns the new quantity.
/// </summary>
public sealed class DoubleQuantityApiPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var context = serviceProvider.Context();
        var target = (EntityReference)context.InputParameters["Target"];
        var factor = (int)context.InputParameters["Factor"];
        var service = serviceProvider.Service();
        var widget = service.Retrieve(target.LogicalName, target.Id, new Microsoft.Xrm.Sdk.Query.ColumnSet("test_quantity"));
        var quantity = widget.GetAttributeValue<int>("test_quantity") * factor;
        service.Update(new Entity(target.LogicalName, target.Id) { ["test_quantity"] = quantity });
        context.OutputParameters["NewQuantity"] = quantity;
        serviceProvider.Tracing().Trace("stage={0}", context.Stage);
    }
}
