using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace Cor.Emulator.Tests;

public sealed class AssociateTests
{
    [Fact]
    public void Associate_SetsLookupOfRelatedRecords()
    {
        using var emulator = TestEmulator.Start();
        var widget = emulator.Service.CreateWidget("Widget");
        var part = emulator.Service.Create(new Entity("test_part") { ["test_name"] = "Part" });

        emulator.Service.Associate("test_widget", widget, new Relationship("test_widget_part"),
            new EntityReferenceCollection { new EntityReference("test_part", part) });

        var stored = emulator.Service.Retrieve("test_part", part, new ColumnSet("test_widgetid"));
        Assert.Equal(widget, stored.GetAttributeValue<EntityReference>("test_widgetid").Id);
    }

    [Fact]
    public void Disassociate_ClearsLookup()
    {
        using var emulator = TestEmulator.Start();
        var widget = emulator.Service.CreateWidget("Widget");
        var part = emulator.Service.Create(new Entity("test_part") { ["test_widgetid"] = new EntityReference("test_widget", widget) });

        emulator.Service.Disassociate("test_part", part, new Relationship("test_widget_part"),
            new EntityReferenceCollection { new EntityReference("test_widget", widget) });

        Assert.False(emulator.Service.Retrieve("test_part", part, new ColumnSet("test_widgetid")).Contains("test_widgetid"));
    }

    [Fact]
    public void Associate_UnknownRelationshipIsNamed()
    {
        using var emulator = TestEmulator.Start();
        var widget = emulator.Service.CreateWidget("Widget");

        var error = Assert.Throws<EmulatorConfigurationException>(() => emulator.Service.Associate("test_widget", widget,
            new Relationship("test_widget_contacts"), new EntityReferenceCollection()));

        Assert.Contains("'test_widget_contacts'", error.Message, StringComparison.Ordinal);
    }
}
