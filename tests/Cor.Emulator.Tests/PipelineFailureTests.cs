using System;
using System.Linq;
using Cor.Emulator.Tests.Plugins;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace Cor.Emulator.Tests;

public sealed class PipelineFailureTests
{
    [Fact]
    public void PluginException_ReachesCallerUnwrapped()
    {
        using var emulator = TestEmulator.Start(TestEmulator.Step<ThrowingPlugin>("Create", PipelineStage.PreOperation));

        var error = Assert.Throws<InvalidPluginExecutionException>(() => emulator.Service.CreateWidget("Widget"));

        Assert.Equal(ThrowingPlugin.Message, error.Message);
        Assert.Null(error.InnerException);
    }

    [Fact]
    public void OtherException_BecomesIsvError()
    {
        using var emulator = TestEmulator.Start(TestEmulator.Step<FaultyPlugin>("Create", PipelineStage.PreOperation));

        var error = Assert.Throws<InvalidPluginExecutionException>(() => emulator.Service.CreateWidget("Widget"));

        Assert.Equal("An unexpected error occurred from ISV code.", error.Message);
        Assert.IsType<InvalidOperationException>(error.InnerException);
    }

    [Fact]
    public void PostOperationFailure_RollsBackRecord()
    {
        using var emulator = TestEmulator.Start(TestEmulator.Step<ThrowingPlugin>("Create", PipelineStage.PostOperation));

        Assert.Throws<InvalidPluginExecutionException>(() => emulator.Service.CreateWidget("Widget"));

        Assert.Empty(emulator.Service.RetrieveMultiple(new QueryExpression("test_widget")).Entities);
    }

    [Fact]
    public void Failure_RollsBackRecordsCreatedByPlugins()
    {
        using var emulator = TestEmulator.Start(
            TestEmulator.Step<CreatePartPlugin>("Create", PipelineStage.PostOperation, rank: 1),
            TestEmulator.Step<ThrowingPlugin>("Create", PipelineStage.PostOperation, rank: 2));

        Assert.Throws<InvalidPluginExecutionException>(() => emulator.Service.CreateWidget("Widget"));

        Assert.Empty(emulator.Service.RetrieveMultiple(new QueryExpression("test_part")).Entities);
        Assert.Empty(emulator.Service.RetrieveMultiple(new QueryExpression("test_widget")).Entities);
    }

    [Fact]
    public void Failure_KeepsEarlierCommittedOperations()
    {
        using var emulator = TestEmulator.Start(TestEmulator.Step<ThrowingPlugin>("Update", PipelineStage.PostOperation));
        var id = emulator.Service.CreateWidget("Widget", quantity: 1);

        Assert.Throws<InvalidPluginExecutionException>(
            () => emulator.Service.Update(new Entity("test_widget", id) { ["test_quantity"] = 2 }));

        var widget = emulator.Service.Retrieve("test_widget", id, new ColumnSet("test_quantity"));
        Assert.Equal(1, widget["test_quantity"]);
    }

    [Fact]
    public void Failure_TraceIsKeptInExecutions()
    {
        using var emulator = TestEmulator.Start(TestEmulator.Step<ThrowingPlugin>("Create", PipelineStage.PreValidation));

        Assert.Throws<InvalidPluginExecutionException>(() => emulator.Service.CreateWidget("Widget"));

        var execution = Assert.Single(emulator.Executions);
        Assert.Equal("about to reject\n", execution.TraceText);
        Assert.IsType<InvalidPluginExecutionException>(execution.Exception);
        Assert.Equal(typeof(ThrowingPlugin).FullName, execution.TypeName);
        Assert.Equal("Create", execution.MessageName);
        Assert.Equal("test_widget", execution.PrimaryEntityName);
    }

    [Fact]
    public void Depth_AboveEightAbortsWithLoopMessage()
    {
        using var emulator = TestEmulator.Start(TestEmulator.Step<RecursiveUpdatePlugin>("Update", PipelineStage.PostOperation));
        var id = emulator.Service.CreateWidget("Widget", quantity: 0);

        var error = Assert.Throws<DataverseFaultException>(
            () => emulator.Service.Update(new Entity("test_widget", id) { ["test_quantity"] = 1 }));

        Assert.Contains("included an infinite loop", error.Message, StringComparison.Ordinal);
        Assert.Equal(Enumerable.Range(1, 8), emulator.Executions.Select(e => e.Depth).OrderBy(d => d));
        var widget = emulator.Service.Retrieve("test_widget", id, new ColumnSet("test_quantity"));
        Assert.Equal(0, widget["test_quantity"]);
    }

    [Fact]
    public void NestedFailure_AbortsTransactionEvenIfCaught()
    {
        using var emulator = TestEmulator.Start(TestEmulator.Step<SwallowingPlugin>("Create", PipelineStage.PostOperation));

        var error = Assert.Throws<DataverseFaultException>(() => emulator.Service.CreateWidget("Widget"));

        Assert.StartsWith("There is no active transaction.", error.Message, StringComparison.Ordinal);
        Assert.Empty(emulator.Service.RetrieveMultiple(new QueryExpression("test_part")).Entities);
        Assert.Empty(emulator.Service.RetrieveMultiple(new QueryExpression("test_widget")).Entities);
    }

    [Fact]
    public void NestedCall_HasParentContextAndDepth()
    {
        using var emulator = TestEmulator.Start(
            TestEmulator.Step<CreatePartPlugin>("Create", PipelineStage.PostOperation),
            TestEmulator.Step<TraceContextPlugin>("Create", PipelineStage.PreOperation, table: "test_part"));

        emulator.Service.CreateWidget("Widget");

        var nested = emulator.Executions.Single(e => e.PrimaryEntityName == "test_part");
        Assert.Equal(2, nested.Depth);
        Assert.StartsWith("stage=20 depth=2 intransaction=True", nested.TraceText, StringComparison.Ordinal);
    }
}
