using Cor.Emulator.Tests.Plugins;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace Cor.Emulator.Tests;

public sealed class ServiceCallCountTests
{
    [Fact]
    public void Count_IncludesPluginCalls()
    {
        using var emulator = TestEmulator.Start(TestEmulator.Step<CreatePartPlugin>("Create", PipelineStage.PostOperation));

        emulator.Service.CreateWidget("Widget");

        var operation = Assert.Single(emulator.ServiceCalls);
        Assert.Equal("Create", operation.RequestName);
        Assert.Equal(2, operation["Create"]);
        Assert.Equal(2, operation.Total);
    }

    [Fact]
    public void Count_StartsNewEntryPerTopLevelCall()
    {
        using var emulator = TestEmulator.Start();
        var id = emulator.Service.CreateWidget("Widget");

        emulator.Service.Retrieve("test_widget", id, new ColumnSet("test_name"));
        emulator.Service.RetrieveMultiple(new QueryExpression("test_widget"));

        Assert.Equal(3, emulator.ServiceCalls.Count);
        Assert.Equal(1, emulator.ServiceCalls[1]["Retrieve"]);
        Assert.Equal(1, emulator.ServiceCalls[2]["RetrieveMultiple"]);
        Assert.Equal(0, emulator.ServiceCalls[2]["Create"]);
    }

    [Fact]
    public void ClearLogs_EmptiesCountsAndExecutions()
    {
        using var emulator = TestEmulator.Start(TestEmulator.Step<CreatePartPlugin>("Create", PipelineStage.PostOperation));
        emulator.Service.CreateWidget("Widget");

        emulator.ClearLogs();

        Assert.Empty(emulator.ServiceCalls);
        Assert.Empty(emulator.Executions);
    }
}
