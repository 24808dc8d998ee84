using System;
using System.Linq;
using Cor.Emulator.Tests.Plugins;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace Cor.Emulator.Tests;

public sealed class PipelineOrderTests
{
    [Fact]
    public void Stages_RunInPipelineOrder()
    {
        using var emulator = TestEmulator.Start(
            TestEmulator.Step<TraceContextPlugin>("Create", PipelineStage.PostOperation),
            TestEmulator.Step<TraceContextPlugin>("Create", PipelineStage.PreValidation),
            TestEmulator.Step<TraceContextPlugin>("Create", PipelineStage.PreOperation));

        emulator.Service.CreateWidget("Widget");

        Assert.Equal(new[] { 10, 20, 40 }, emulator.Executions.Select(e => e.Stage));
    }

    [Fact]
    public void Stages_ReportTransactionState()
    {
        using var emulator = TestEmulator.Start(
            TestEmulator.Step<TraceContextPlugin>("Create", PipelineStage.PreValidation),
            TestEmulator.Step<TraceContextPlugin>("Create", PipelineStage.PreOperation),
            TestEmulator.Step<TraceContextPlugin>("Create", PipelineStage.PostOperation));

        emulator.Service.CreateWidget("Widget");

        var traces = emulator.Executions.Select(e => e.TraceText.Split('\n')[0]).ToList();
        Assert.Equal("stage=10 depth=1 intransaction=False", traces[0]);
        Assert.Equal("stage=20 depth=1 intransaction=True", traces[1]);
        Assert.Equal("stage=40 depth=1 intransaction=True", traces[2]);
    }

    [Fact]
    public void Rank_LowerRunsFirst()
    {
        using var emulator = TestEmulator.Start(
            Append("B", rank: 2),
            Append("A", rank: 1),
            Append("C", rank: 2));
        var id = emulator.Service.CreateWidget("Widget-");

        var widget = emulator.Service.Retrieve("test_widget", id, new ColumnSet("test_name"));

        Assert.Equal("Widget-ABC", widget["test_name"]);
    }

    [Fact]
    public void PreOperation_TargetChangesAreSaved()
    {
        using var emulator = TestEmulator.Start(Append("!", rank: 1));
        var id = emulator.Service.CreateWidget("Saved");

        var widget = emulator.Service.Retrieve("test_widget", id, new ColumnSet("test_name"));

        Assert.Equal("Saved!", widget["test_name"]);
    }

    [Fact]
    public void FilteringAttributes_SkipUnrelatedUpdate()
    {
        using var emulator = TestEmulator.Start(Filtered("test_quantity"));
        var id = emulator.Service.CreateWidget("Widget");

        emulator.Service.Update(new Entity("test_widget", id) { ["test_notes"] = "n" });

        Assert.Empty(emulator.Executions);
    }

    [Fact]
    public void FilteringAttributes_RunOnListedColumn()
    {
        using var emulator = TestEmulator.Start(Filtered("test_quantity", "test_score"));
        var id = emulator.Service.CreateWidget("Widget");

        emulator.Service.Update(new Entity("test_widget", id) { ["test_score"] = 1.5d });

        Assert.Single(emulator.Executions);
    }

    [Fact]
    public void FilteringAttributes_CheckedAfterEarlierSteps()
    {
        var setsQuantity = new PluginStepRegistration
        {
            PluginType = typeof(SetQuantityPlugin),
            MessageName = "Update",
            PrimaryEntityName = "test_widget",
            Stage = PipelineStage.PreOperation,
            Rank = 1,
        };
        using var emulator = TestEmulator.Start(setsQuantity, Filtered("test_quantity", rank: 2));
        var id = emulator.Service.CreateWidget("Widget");

        emulator.Service.Update(new Entity("test_widget", id) { ["test_notes"] = "n" });

        Assert.Equal(2, emulator.Executions.Count);
    }

    [Fact]
    public void SharedVariables_ReachPostOperationThroughParent()
    {
        using var emulator = TestEmulator.Start(
            TestEmulator.Step<SharedVariablePlugin>("Create", PipelineStage.PreValidation),
            TestEmulator.Step<SharedVariablePlugin>("Create", PipelineStage.PostOperation));

        emulator.Service.CreateWidget("Widget");

        Assert.Equal("own=False parent=True\n", emulator.Executions[1].TraceText);
    }

    [Fact]
    public void Update_WithStateAndOtherColumnsRunsTwice()
    {
        using var emulator = TestEmulator.Start(TestEmulator.Step<TraceTargetPlugin>("Update", PipelineStage.PreOperation));
        var id = emulator.Service.CreateWidget("Widget");

        emulator.Service.Update(new Entity("test_widget", id)
        {
            ["test_quantity"] = 9,
            ["statecode"] = new OptionSetValue(1),
        });

        Assert.Equal(2, emulator.Executions.Count);
        Assert.Equal("test_quantity,test_widgetid\n", emulator.Executions[0].TraceText);
        Assert.Equal("statecode,test_widgetid\n", emulator.Executions[1].TraceText);
        var widget = emulator.Service.Retrieve("test_widget", id, new ColumnSet("test_quantity", "statuscode"));
        Assert.Equal(9, widget["test_quantity"]);
        Assert.Equal(new OptionSetValue(2), widget["statuscode"]);
    }

    [Fact]
    public void Context_OperationCreatedOnComesFromClock()
    {
        var now = new DateTimeOffset(2026, 5, 4, 3, 2, 1, TimeSpan.Zero);
        using var emulator = TestEmulator.Start(
            new FixedClock(now), TestEmulator.Step<TraceCreatedOnPlugin>("Create", PipelineStage.PostOperation));

        var id = emulator.Service.CreateWidget("Widget");

        Assert.Equal($"2026-05-04T03:02:01 id={id}\n", emulator.Executions[0].TraceText);
    }

    private static PluginStepRegistration Append(string suffix, int rank) => new()
    {
        PluginType = typeof(AppendNamePlugin),
        MessageName = "Create",
        PrimaryEntityName = "test_widget",
        Stage = PipelineStage.PreOperation,
        Rank = rank,
        UnsecureConfiguration = suffix,
    };

    private static PluginStepRegistration Filtered(params string[] columns) => Filtered(columns[0], 1, columns);

    private static PluginStepRegistration Filtered(string column, int rank) => Filtered(column, rank, new[] { column });

    private static PluginStepRegistration Filtered(string column, int rank, string[] columns) => new()
    {
        PluginType = typeof(TraceContextPlugin),
        MessageName = "Update",
        PrimaryEntityName = "test_widget",
        Stage = PipelineStage.PreOperation,
        Rank = rank,
        FilteringAttributes = columns,
    };
}
