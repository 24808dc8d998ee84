using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace Cor.Emulator.Tests;

public sealed class CascadeDeleteTests
{
    [Fact]
    public void Cascade_DeletesReferencingRecords()
    {
        using var emulator = TestEmulator.Start();
        var widget = emulator.Service.CreateWidget("Widget");
        emulator.Service.Create(new Entity("test_part") { ["test_widgetid"] = new EntityReference("test_widget", widget) });

        emulator.Service.Delete("test_widget", widget);

        Assert.Empty(emulator.Service.RetrieveMultiple(new QueryExpression("test_part")).Entities);
    }

    [Fact]
    public void RemoveLink_ClearsLookup()
    {
        using var emulator = TestEmulator.Start();
        var parent = emulator.Service.CreateWidget("Parent");
        var child = emulator.Service.Create(new Entity("test_widget") { ["test_parentid"] = new EntityReference("test_widget", parent) });

        emulator.Service.Delete("test_widget", parent);

        var remaining = emulator.Service.Retrieve("test_widget", child, new ColumnSet("test_parentid"));
        Assert.False(remaining.Contains("test_parentid"));
    }

    [Fact]
    public void Restrict_RejectsDelete()
    {
        using var emulator = TestEmulator.Start();
        var account = emulator.Service.Create(new Entity("account") { ["name"] = "Contoso" });
        emulator.Service.Create(new Entity("test_widget") { ["test_accountid"] = new EntityReference("account", account) });

        var error = Assert.Throws<DataverseFaultException>(() => emulator.Service.Delete("account", account));

        Assert.Contains("cannot be deleted", error.Message, StringComparison.Ordinal);
        Assert.Contains("test_account_widget", error.Message, StringComparison.Ordinal);
    }
}
