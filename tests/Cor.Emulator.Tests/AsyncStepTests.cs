using System;
using System.Linq;
using Cor.Emulator.Tests.Plugins;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace Cor.Emulator.Tests;

public sealed class AsyncStepTests
{
    [Fact]
    public void AsyncStep_RunsAfterSyncSteps()
    {
        using var emulator = TestEmulator.Start(
            Async<TraceContextPlugin>(),
            TestEmulator.Step<TraceContextPlugin>("Create", PipelineStage.PostOperation));

        emulator.Service.CreateWidget("Widget");

        Assert.Equal(new[] { 0, 1 }, emulator.Executions.Select(e => e.Mode));
        Assert.StartsWith("stage=40 depth=1 intransaction=False", emulator.Executions[1].TraceText, StringComparison.Ordinal);
    }

    [Fact]
    public void AsyncFailure_KeepsCallerRecord()
    {
        using var emulator = TestEmulator.Start(Async<ThrowingPlugin>());

        var id = emulator.Service.CreateWidget("Widget");

        Assert.Equal("Widget", emulator.Service.Retrieve("test_widget", id, new ColumnSet("test_name"))["test_name"]);
        Assert.IsType<InvalidPluginExecutionException>(Assert.Single(emulator.Executions).Exception);
    }

    [Fact]
    public void AsyncFailure_RollsBackOwnWrites()
    {
        using var emulator = TestEmulator.Start(
            Async<CreatePartPlugin>(rank: 1),
            Async<ThrowingPlugin>(rank: 2));

        emulator.Service.CreateWidget("Widget");

        Assert.Single(emulator.Service.RetrieveMultiple(new QueryExpression("test_part")).Entities);
    }

    [Fact]
    public void AsyncRetry_RunsUpToFourMoreTimes()
    {
        using var emulator = TestEmulator.Start(Async<RetryPlugin>());

        emulator.Service.CreateWidget("Widget");

        Assert.Equal(new[] { 1, 2, 3, 4, 5 }, emulator.Executions.Select(e => e.Attempt));
    }

    [Fact]
    public void AsyncStep_DroppedWhenOperationRollsBack()
    {
        using var emulator = TestEmulator.Start(
            Async<TraceContextPlugin>(),
            TestEmulator.Step<ThrowingPlugin>("Create", PipelineStage.PostOperation));

        Assert.Throws<InvalidPluginExecutionException>(() => emulator.Service.CreateWidget("Widget"));

        Assert.DoesNotContain(emulator.Executions, e => e.Mode == 1);
    }

    private static PluginStepRegistration Async<TPlugin>(int rank = 1) => new()
    {
        PluginType = typeof(TPlugin),
        MessageName = "Create",
        PrimaryEntityName = "test_widget",
        Stage = PipelineStage.PostOperation,
        Mode = StepMode.Asynchronous,
        Rank = rank,
    };
}
