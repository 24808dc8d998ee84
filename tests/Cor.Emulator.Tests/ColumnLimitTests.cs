using System;
using Cor.Emulator.Tests.Plugins;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace Cor.Emulator.Tests;

/// <summary>
/// MinValue, MaxValue and MaxLength of the fixture's test_widget columns: test_rating (int, 1 to 5), test_discount
/// (decimal, 0 to 50.50), test_budget (money, -1000 to 1000), test_temperature (float, -40 to 60), test_name
/// (nvarchar, 100) and test_notes (ntext, 4000).
/// </summary>
public sealed class ColumnLimitTests
{
    public static TheoryData<string, object> OutOfRangeValues => new()
    {
        { "test_rating", 0 },
        { "test_rating", 6 },
        { "test_rating", int.MinValue },
        { "test_discount", -0.01m },
        { "test_discount", 50.51m },
        { "test_budget", new Money(-1000.01m) },
        { "test_budget", new Money(1000.01m) },
        { "test_temperature", -40.5 },
        { "test_temperature", 60.01 },
        { "test_temperature", double.PositiveInfinity },
        { "test_temperature", double.NaN },
    };

    public static TheoryData<string, object> BoundValues => new()
    {
        { "test_rating", 1 },
        { "test_rating", 5 },
        { "test_discount", 0m },
        { "test_discount", 50.50m },
        { "test_budget", new Money(-1000m) },
        { "test_budget", new Money(1000m) },
        { "test_temperature", -40.0 },
        { "test_temperature", 60.0 },
    };

    [Fact]
    public void Metadata_ReadsMinAndMaxValue()
    {
        using var emulator = TestEmulator.Start();
        var table = emulator.Metadata.GetTable("test_widget");

        Assert.Equal(1m, table.GetColumn("test_rating").MinValue);
        Assert.Equal(5m, table.GetColumn("test_rating").MaxValue);
        Assert.Equal(0m, table.GetColumn("test_discount").MinValue);
        Assert.Equal(50.5m, table.GetColumn("test_discount").MaxValue);
        Assert.Equal(-1000m, table.GetColumn("test_budget").MinValue);
        Assert.Equal(60m, table.GetColumn("test_temperature").MaxValue);
        Assert.Null(table.GetColumn("test_quantity").MinValue);
        Assert.Null(table.GetColumn("test_quantity").MaxValue);
        Assert.Equal(4000, table.GetColumn("test_notes").MaxLength);
    }

    [Theory]
    [MemberData(nameof(OutOfRangeValues))]
    public void Create_OutOfRangeIsRejected(string column, object value)
    {
        using var emulator = TestEmulator.Start();

        var error = Assert.Throws<DataverseFaultException>(
            () => emulator.Service.Create(new Entity("test_widget") { ["test_name"] = "W", [column] = value }));

        Assert.Contains($"of '{column}' on record of type 'test_widget'", error.Message, StringComparison.Ordinal);
        Assert.Contains("is outside the valid range", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, CountWidgets(emulator));
    }

    [Theory]
    [MemberData(nameof(BoundValues))]
    public void Create_BoundIsStored(string column, object value)
    {
        using var emulator = TestEmulator.Start();

        var id = emulator.Service.Create(new Entity("test_widget") { ["test_name"] = "W", [column] = value });

        var widget = emulator.Service.Retrieve("test_widget", id, new ColumnSet(column));
        Assert.Equal(value, widget[column]);
    }

    [Fact]
    public void Create_MessageNamesValueRangeAndFix()
    {
        using var emulator = TestEmulator.Start();

        var error = Assert.Throws<DataverseFaultException>(
            () => emulator.Service.Create(new Entity("test_widget") { ["test_discount"] = 60.25m }));

        Assert.Equal(
            "A validation error occurred. The value 60.25 of 'test_discount' on record of type 'test_widget' is " +
            "outside the valid range. Accepted range: 0.00 to 50.50. Set a value in that range, or change the " +
            "column's MinValue or MaxValue.",
            error.Message);
    }

    [Fact]
    public void Create_RejectedBeforePreValidation()
    {
        using var emulator = TestEmulator.Start(TestEmulator.Step<TraceTextPlugin>("Create", PipelineStage.PreValidation));

        Assert.Throws<DataverseFaultException>(
            () => emulator.Service.Create(new Entity("test_widget") { ["test_rating"] = 7 }));

        Assert.Empty(emulator.Executions);
    }

    [Fact]
    public void Create_PreOperationValueIsChecked()
    {
        using var emulator = TestEmulator.Start(TestEmulator.Step<SetRatingPlugin>("Create", PipelineStage.PreOperation));

        var error = Assert.Throws<DataverseFaultException>(() => emulator.Service.CreateWidget("W"));

        Assert.Contains("The value 9 of 'test_rating'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Accepted range: 1 to 5.", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, CountWidgets(emulator));
    }

    [Fact]
    public void Update_AboveMaxKeepsStoredValue()
    {
        using var emulator = TestEmulator.Start(TestEmulator.Step<TraceTextPlugin>("Update", PipelineStage.PreValidation));
        var id = emulator.Service.Create(new Entity("test_widget") { ["test_rating"] = 2 });

        var error = Assert.Throws<DataverseFaultException>(
            () => emulator.Service.Update(new Entity("test_widget", id) { ["test_rating"] = 6, ["test_name"] = "New" }));

        Assert.Contains("The value 6 of 'test_rating'", error.Message, StringComparison.Ordinal);
        Assert.Empty(emulator.Executions);
        var widget = emulator.Service.Retrieve("test_widget", id, new ColumnSet("test_rating", "test_name"));
        Assert.Equal(2, widget["test_rating"]);
        Assert.False(widget.Contains("test_name"));
    }

    [Fact]
    public void Update_PreOperationValueIsChecked()
    {
        using var emulator = TestEmulator.Start(TestEmulator.Step<SetRatingPlugin>("Update", PipelineStage.PreOperation));
        var id = emulator.Service.Create(new Entity("test_widget") { ["test_rating"] = 2 });

        Assert.Throws<DataverseFaultException>(
            () => emulator.Service.Update(new Entity("test_widget", id) { ["test_name"] = "New" }));

        var widget = emulator.Service.Retrieve("test_widget", id, new ColumnSet("test_rating"));
        Assert.Equal(2, widget["test_rating"]);
    }

    [Fact]
    public void CreateMultiple_OneOutOfRangeStoresNone()
    {
        using var emulator = TestEmulator.Start(TestEmulator.Step<TraceTextPlugin>("Create", PipelineStage.PreValidation));
        var targets = new EntityCollection { EntityName = "test_widget" };
        targets.Entities.Add(new Entity("test_widget") { ["test_rating"] = 3 });
        targets.Entities.Add(new Entity("test_widget") { ["test_budget"] = new Money(5000m) });

        var error = Assert.Throws<DataverseFaultException>(
            () => emulator.Service.Execute(new CreateMultipleRequest { Targets = targets }));

        Assert.Contains("The value 5000 of 'test_budget'", error.Message, StringComparison.Ordinal);
        Assert.Empty(emulator.Executions);
        Assert.Equal(0, CountWidgets(emulator));
    }

    [Fact]
    public void UpdateMultiple_OneOutOfRangeUpdatesNone()
    {
        using var emulator = TestEmulator.Start();
        var first = emulator.Service.Create(new Entity("test_widget") { ["test_rating"] = 1 });
        var second = emulator.Service.Create(new Entity("test_widget") { ["test_rating"] = 1 });
        var targets = new EntityCollection { EntityName = "test_widget" };
        targets.Entities.Add(new Entity("test_widget", first) { ["test_rating"] = 4 });
        targets.Entities.Add(new Entity("test_widget", second) { ["test_temperature"] = 99.5 });

        var error = Assert.Throws<DataverseFaultException>(
            () => emulator.Service.Execute(new UpdateMultipleRequest { Targets = targets }));

        Assert.Contains("The value 99.5 of 'test_temperature'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Accepted range: -40 to 60.", error.Message, StringComparison.Ordinal);
        var widget = emulator.Service.Retrieve("test_widget", first, new ColumnSet("test_rating"));
        Assert.Equal(1, widget["test_rating"]);
    }

    [Fact]
    public void Text_TooLongRejectedBeforeSteps()
    {
        using var emulator = TestEmulator.Start(TestEmulator.Step<TraceTextPlugin>("Create", PipelineStage.PreValidation));

        var error = Assert.Throws<DataverseFaultException>(() => emulator.Service.CreateWidget(new string('x', 101)));

        Assert.Contains("'test_name' attribute of the 'test_widget' entity", error.Message, StringComparison.Ordinal);
        Assert.Contains("maximum allowed length of '100'", error.Message, StringComparison.Ordinal);
        Assert.Contains("The value has 101 characters.", error.Message, StringComparison.Ordinal);
        Assert.Empty(emulator.Executions);
        Assert.Equal(0, CountWidgets(emulator));
    }

    [Fact]
    public void Memo_OverMaxLengthIsRejected()
    {
        using var emulator = TestEmulator.Start();
        var id = emulator.Service.Create(new Entity("test_widget") { ["test_notes"] = "short" });

        var error = Assert.Throws<DataverseFaultException>(
            () => emulator.Service.Update(new Entity("test_widget", id) { ["test_notes"] = new string('n', 4001) }));

        Assert.Contains("'test_notes' attribute", error.Message, StringComparison.Ordinal);
        Assert.Contains("maximum allowed length of '4000'", error.Message, StringComparison.Ordinal);
        var widget = emulator.Service.Retrieve("test_widget", id, new ColumnSet("test_notes"));
        Assert.Equal("short", widget["test_notes"]);
    }

    [Fact]
    public void Memo_AtMaxLengthIsStored()
    {
        using var emulator = TestEmulator.Start();
        var notes = new string('n', 4000);

        var id = emulator.Service.Create(new Entity("test_widget") { ["test_notes"] = notes });

        Assert.Equal(notes, emulator.Service.Retrieve("test_widget", id, new ColumnSet("test_notes"))["test_notes"]);
    }

    private static int CountWidgets(DataverseEmulator emulator) =>
        emulator.Service.RetrieveMultiple(new QueryExpression("test_widget")).Entities.Count;
}
