using System;
using Cor.Emulator.Tests.Plugins;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Xunit;

namespace Cor.Emulator.Tests;

/// <summary>
/// A request on a record that does not exist fails with the not-found fault before any step runs.
/// </summary>
public sealed class MissingRecordTests
{
    [Theory]
    [InlineData("Update")]
    [InlineData("Delete")]
    [InlineData("UpdateMultiple")]
    public void Request_MissingRecordFailsBeforeSteps(string message)
    {
        using var emulator = StartWithTraceSteps(message);
        var id = Guid.NewGuid();

        var error = Assert.Throws<DataverseFaultException>(() => emulator.Service.Execute(Request(message, id)));

        Assert.Equal($"test_widget With Id = {id} Does Not Exist", error.Message);
        Assert.Equal(DataverseFaultException.ObjectDoesNotExist, error.ErrorCode);
        Assert.Empty(emulator.Executions);
    }

    [Fact]
    public void SetState_MissingRecordFailsBeforeSteps()
    {
        using var emulator = StartWithTraceSteps("Update");
        var id = Guid.NewGuid();
        var request = new OrganizationRequest("SetState")
        {
            ["EntityMoniker"] = new EntityReference("test_widget", id),
            ["State"] = new OptionSetValue(1),
            ["Status"] = new OptionSetValue(2),
        };

        var error = Assert.Throws<DataverseFaultException>(() => emulator.Service.Execute(request));

        Assert.Equal($"test_widget With Id = {id} Does Not Exist", error.Message);
        Assert.Empty(emulator.Executions);
    }

    [Fact]
    public void Update_WithoutIdFailsBeforeSteps()
    {
        using var emulator = StartWithTraceSteps("Update");

        var error = Assert.Throws<DataverseFaultException>(
            () => emulator.Service.Update(new Entity("test_widget") { ["test_quantity"] = 1 }));

        Assert.StartsWith("Entity Id must be specified for Update.", error.Message, StringComparison.Ordinal);
        Assert.Empty(emulator.Executions);
    }

    private static DataverseEmulator StartWithTraceSteps(string message) => TestEmulator.Start(
        Traced(message, PipelineStage.PreValidation),
        Traced(message, PipelineStage.PreOperation));

    private static PluginStepRegistration Traced(string message, PipelineStage stage) => new()
    {
        PluginType = typeof(TraceContextPlugin),
        MessageName = message,
        PrimaryEntityName = "test_widget",
        Stage = stage,
        Images = new[] { new StepImageRegistration("PreImage", StepImageType.PreImage) },
    };

    private static OrganizationRequest Request(string message, Guid id)
    {
        var target = new Entity("test_widget", id) { ["test_quantity"] = 1 };
        return message switch
        {
            "Update" => new UpdateRequest { Target = target },
            "Delete" => new DeleteRequest { Target = target.ToEntityReference() },
            _ => new UpdateMultipleRequest { Targets = new EntityCollection { EntityName = "test_widget", Entities = { target } } },
        };
    }
}
