using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace Cor.Emulator.Tests;

public sealed class ValidationTests
{
    [Fact]
    public void WrongType_NamesColumnAndTypes()
    {
        using var emulator = TestEmulator.Start();

        var error = Assert.Throws<EmulatorConfigurationException>(() => emulator.Service.Create(
            new Entity("test_widget") { ["test_quantity"] = "12" }));

        Assert.Contains("'test_widget.test_quantity'", error.Message, StringComparison.Ordinal);
        Assert.Contains("System.Int32", error.Message, StringComparison.Ordinal);
        Assert.Contains("System.String", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WrongType_ChoiceNeedsOptionSetValue()
    {
        using var emulator = TestEmulator.Start();

        var error = Assert.Throws<EmulatorConfigurationException>(() => emulator.Service.Create(
            new Entity("test_widget") { ["test_category"] = 107350000 }));

        Assert.Contains("Microsoft.Xrm.Sdk.OptionSetValue", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownColumn_ListsCloseMatches()
    {
        using var emulator = TestEmulator.Start();

        var error = Assert.Throws<EmulatorConfigurationException>(() => emulator.Service.Create(
            new Entity("test_widget") { ["test_quantiy"] = 1 }));

        Assert.Contains("'test_widget' entity doesn't contain attribute with Name = 'test_quantiy'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'test_quantity'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownColumn_InColumnSetIsRejected()
    {
        using var emulator = TestEmulator.Start();
        var id = emulator.Service.CreateWidget("Widget");

        var error = Assert.Throws<EmulatorConfigurationException>(
            () => emulator.Service.Retrieve("test_widget", id, new ColumnSet("test_nam")));

        Assert.Contains("'test_name'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownTable_ListsCloseMatches()
    {
        using var emulator = TestEmulator.Start();

        var error = Assert.Throws<EmulatorConfigurationException>(
            () => emulator.Service.Create(new Entity("test_widgets") { ["test_name"] = "x" }));

        Assert.Contains("'test_widgets'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'test_widget'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lookup_WrongTargetTableIsRejected()
    {
        using var emulator = TestEmulator.Start();
        var contactId = emulator.Service.Create(new Entity("contact") { ["lastname"] = "Smith" });

        var error = Assert.Throws<EmulatorConfigurationException>(() => emulator.Service.Create(new Entity("test_widget")
        {
            ["test_accountid"] = new EntityReference("contact", contactId),
        }));

        Assert.Contains("can reference account", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lookup_MissingRecordIsNotFound()
    {
        using var emulator = TestEmulator.Start();
        var accountId = Guid.NewGuid();

        var error = Assert.Throws<DataverseFaultException>(() => emulator.Service.Create(new Entity("test_widget")
        {
            ["test_accountid"] = new EntityReference("account", accountId),
        }));

        Assert.Equal($"account With Id = {accountId} Does Not Exist", error.Message);
    }

    [Fact]
    public void Text_LongerThanMaxLengthIsRejected()
    {
        using var emulator = TestEmulator.Start();

        var error = Assert.Throws<DataverseFaultException>(
            () => emulator.Service.CreateWidget(new string('x', 101)));

        Assert.Contains("maximum allowed length of '100'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Choice_ValueOutsideGlobalChoiceIsRejected()
    {
        using var emulator = TestEmulator.Start();

        var error = Assert.Throws<DataverseFaultException>(() => emulator.Service.Create(
            new Entity("test_widget") { ["test_category"] = new OptionSetValue(5) }));

        Assert.Contains("The value 5 of 'test_category'", error.Message, StringComparison.Ordinal);
        Assert.Contains("107350000, 107350001, 107350002", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Status_OfOtherStateIsRejected()
    {
        using var emulator = TestEmulator.Start();

        var error = Assert.Throws<DataverseFaultException>(() => emulator.Service.Create(new Entity("test_widget")
        {
            ["statecode"] = new OptionSetValue(0),
            ["statuscode"] = new OptionSetValue(107350003),
        }));

        Assert.Contains("statuscode 107350003 is not a valid status reason for statecode 0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnsupportedRequest_NamesRequest()
    {
        using var emulator = TestEmulator.Start();

        var error = Assert.Throws<EmulatorConfigurationException>(
            () => emulator.Service.Execute(new OrganizationRequest("NoSuchMessage")));

        Assert.Contains("'NoSuchMessage' request", error.Message, StringComparison.Ordinal);
        Assert.Contains("not supported by the emulator", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_ListEveryProblem()
    {
        var options = new EmulatorOptions
        {
            SolutionDirectory = "/nonexistent/solution",
            PluginAssemblyDirectory = "/nonexistent/plugins",
            CallerId = Guid.Empty,
        };

        var error = Assert.Throws<EmulatorConfigurationException>(() => DataverseEmulator.Start(options));

        Assert.Contains("SolutionDirectory", error.Message, StringComparison.Ordinal);
        Assert.Contains("PluginAssemblyDirectory", error.Message, StringComparison.Ordinal);
        Assert.Contains("CallerId", error.Message, StringComparison.Ordinal);
    }
}
