using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace Cor.Emulator.Tests;

public sealed class QueryTests : IDisposable
{
    private readonly DataverseEmulator _emulator = TestEmulator.Start();

    public QueryTests()
    {
        var service = _emulator.Service;
        var accountId = service.Create(new Entity("account") { ["name"] = "Contoso" });
        Widget("Alpha", 1, new DateTime(2026, 1, 10, 8, 0, 0, DateTimeKind.Utc), accountId);
        Widget("Beta", 2, new DateTime(2026, 1, 11, 23, 0, 0, DateTimeKind.Utc), accountId);
        Widget("Gamma 50%", 3, new DateTime(2026, 1, 12, 0, 30, 0, DateTimeKind.Utc), null);
        Widget("delta", null, null, null);
    }

    public void Dispose() => _emulator.Dispose();

    [Theory]
    [InlineData(ConditionOperator.Equal, new object[] { 2 }, "Beta")]
    [InlineData(ConditionOperator.NotEqual, new object[] { 2 }, "Alpha,Gamma 50%")]
    [InlineData(ConditionOperator.GreaterThan, new object[] { 2 }, "Gamma 50%")]
    [InlineData(ConditionOperator.LessThan, new object[] { 2 }, "Alpha")]
    [InlineData(ConditionOperator.GreaterEqual, new object[] { 2 }, "Beta,Gamma 50%")]
    [InlineData(ConditionOperator.LessEqual, new object[] { 2 }, "Alpha,Beta")]
    [InlineData(ConditionOperator.In, new object[] { 1, 3 }, "Alpha,Gamma 50%")]
    [InlineData(ConditionOperator.NotIn, new object[] { 1, 3 }, "Beta")]
    [InlineData(ConditionOperator.Between, new object[] { 2, 3 }, "Beta,Gamma 50%")]
    [InlineData(ConditionOperator.NotBetween, new object[] { 2, 3 }, "Alpha")]
    [InlineData(ConditionOperator.Null, new object[0], "delta")]
    [InlineData(ConditionOperator.NotNull, new object[0], "Alpha,Beta,Gamma 50%")]
    public void Operator_OnWholeNumber(ConditionOperator op, object[] values, string expected)
    {
        Assert.Equal(expected, Names(Query("test_quantity", op, values)));
    }

    [Theory]
    [InlineData(ConditionOperator.Equal, "beta", "Beta")]
    [InlineData(ConditionOperator.Like, "%a", "Alpha,Beta,delta")]
    [InlineData(ConditionOperator.NotLike, "%a", "Gamma 50%")]
    [InlineData(ConditionOperator.BeginsWith, "al", "Alpha")]
    [InlineData(ConditionOperator.DoesNotBeginWith, "al", "Beta,delta,Gamma 50%")]
    [InlineData(ConditionOperator.EndsWith, "TA", "Beta,delta")]
    [InlineData(ConditionOperator.DoesNotEndWith, "ta", "Alpha,Gamma 50%")]
    [InlineData(ConditionOperator.Contains, "50%", "Gamma 50%")]
    [InlineData(ConditionOperator.DoesNotContain, "l", "Beta,Gamma 50%")]
    public void Operator_OnText(ConditionOperator op, string value, string expected)
    {
        Assert.Equal(expected, Names(Query("test_name", op, value)));
    }

    [Theory]
    [InlineData(ConditionOperator.On, "Beta")]
    [InlineData(ConditionOperator.OnOrBefore, "Alpha,Beta")]
    [InlineData(ConditionOperator.OnOrAfter, "Beta,Gamma 50%")]
    public void Operator_OnDate(ConditionOperator op, string expected)
    {
        var day = new DateTime(2026, 1, 11, 12, 0, 0, DateTimeKind.Utc);

        Assert.Equal(expected, Names(Query("test_duedate", op, day)));
    }

    [Fact]
    public void Operator_UnsupportedIsNamed()
    {
        var error = Assert.Throws<EmulatorConfigurationException>(
            () => Query("test_duedate", ConditionOperator.InFiscalYear, 2026));

        Assert.Contains("ConditionOperator.InFiscalYear", error.Message, StringComparison.Ordinal);
        Assert.Contains("not supported by the emulator", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Filter_NestedAndOr()
    {
        var query = new QueryExpression("test_widget") { ColumnSet = new ColumnSet("test_name") };
        query.Criteria.AddCondition("test_quantity", ConditionOperator.NotNull);
        var either = query.Criteria.AddFilter(LogicalOperator.Or);
        either.AddCondition("test_name", ConditionOperator.Equal, "Alpha");
        either.AddCondition("test_quantity", ConditionOperator.Equal, 3);

        Assert.Equal("Alpha,Gamma 50%", Names(_emulator.Service.RetrieveMultiple(query)));
    }

    [Fact]
    public void Order_DescendingWithTopCount()
    {
        var query = new QueryExpression("test_widget") { ColumnSet = new ColumnSet("test_name"), TopCount = 2 };
        query.AddOrder("test_quantity", OrderType.Descending);

        var result = _emulator.Service.RetrieveMultiple(query);

        Assert.Equal(new[] { "Gamma 50%", "Beta" }, result.Entities.Select(e => (string)e["test_name"]));
    }

    [Fact]
    public void Link_InnerJoinReturnsAliasedValues()
    {
        var query = new QueryExpression("test_widget") { ColumnSet = new ColumnSet("test_name") };
        var link = query.AddLink("account", "test_accountid", "accountid");
        link.EntityAlias = "acc";
        link.Columns = new ColumnSet("name");
        query.AddOrder("test_name", OrderType.Ascending);

        var result = _emulator.Service.RetrieveMultiple(query);

        Assert.Equal(2, result.Entities.Count);
        var aliased = Assert.IsType<AliasedValue>(result.Entities[0]["acc.name"]);
        Assert.Equal("Contoso", aliased.Value);
        Assert.Equal("account", aliased.EntityLogicalName);
        Assert.Equal("name", aliased.AttributeLogicalName);
    }

    [Fact]
    public void Link_LeftOuterKeepsUnmatchedRows()
    {
        var query = new QueryExpression("test_widget") { ColumnSet = new ColumnSet("test_name") };
        var link = query.AddLink("account", "test_accountid", "accountid", JoinOperator.LeftOuter);
        link.Columns = new ColumnSet("name");

        var result = _emulator.Service.RetrieveMultiple(query);

        Assert.Equal(4, result.Entities.Count);
        Assert.Equal(2, result.Entities.Count(e => e.Contains("account1.name")));
    }

    [Fact]
    public void Link_CriteriaFilterJoinedRows()
    {
        var query = new QueryExpression("test_widget") { ColumnSet = new ColumnSet("test_name") };
        var link = query.AddLink("account", "test_accountid", "accountid");
        link.LinkCriteria.AddCondition("name", ConditionOperator.Equal, "Fabrikam");

        Assert.Empty(_emulator.Service.RetrieveMultiple(query).Entities);
    }

    [Fact]
    public void Condition_OnLinkedAliasInMainFilter()
    {
        var query = new QueryExpression("test_widget") { ColumnSet = new ColumnSet("test_name") };
        var link = query.AddLink("account", "test_accountid", "accountid", JoinOperator.LeftOuter);
        link.EntityAlias = "acc";
        query.Criteria.AddCondition("acc", "accountid", ConditionOperator.Null);

        Assert.Equal("delta,Gamma 50%", Names(_emulator.Service.RetrieveMultiple(query)));
    }

    [Fact]
    public void Paging_ReturnsPagesAndMoreRecords()
    {
        var query = new QueryExpression("test_widget")
        {
            ColumnSet = new ColumnSet("test_name"),
            PageInfo = new PagingInfo { Count = 3, PageNumber = 1, ReturnTotalRecordCount = true },
        };
        query.AddOrder("test_name", OrderType.Ascending);

        var first = _emulator.Service.RetrieveMultiple(query);
        query.PageInfo.PageNumber = 2;
        var second = _emulator.Service.RetrieveMultiple(query);

        Assert.Equal(3, first.Entities.Count);
        Assert.True(first.MoreRecords);
        Assert.Equal(4, first.TotalRecordCount);
        Assert.Single(second.Entities);
        Assert.False(second.MoreRecords);
        Assert.Equal("Gamma 50%", second.Entities[0]["test_name"]);
    }

    [Fact]
    public void QueryByAttribute_MatchesAllValues()
    {
        var query = new QueryByAttribute("test_widget") { ColumnSet = new ColumnSet("test_name") };
        query.AddAttributeValue("test_quantity", 2);

        var result = _emulator.Service.RetrieveMultiple(query);

        Assert.Equal("Beta", Names(result));
    }

    [Fact]
    public void Condition_LookupAcceptsGuid()
    {
        var accountId = _emulator.Service.RetrieveMultiple(new QueryExpression("account")).Entities[0].Id;

        Assert.Equal("Alpha,Beta", Names(Query("test_accountid", ConditionOperator.Equal, accountId)));
    }

    [Fact]
    public void Result_AlwaysHasPrimaryKey()
    {
        var result = _emulator.Service.RetrieveMultiple(new QueryExpression("test_widget"));

        Assert.All(result.Entities, e => Assert.Equal(e.Id, e["test_widgetid"]));
        Assert.All(result.Entities, e => Assert.Single(e.Attributes));
    }

    private EntityCollection Query(string column, ConditionOperator op, params object[] values)
    {
        var query = new QueryExpression("test_widget") { ColumnSet = new ColumnSet("test_name") };
        query.Criteria.AddCondition(column, op, values);
        return _emulator.Service.RetrieveMultiple(query);
    }

    private static string Names(EntityCollection result) =>
        string.Join(",", result.Entities.Select(e => (string)e["test_name"]).OrderBy(n => n, StringComparer.OrdinalIgnoreCase));

    private void Widget(string name, int? quantity, DateTime? due, Guid? accountId)
    {
        var widget = new Entity("test_widget") { ["test_name"] = name };
        if (quantity is not null)
        {
            widget["test_quantity"] = quantity.Value;
        }

        if (due is not null)
        {
            widget["test_duedate"] = due.Value;
        }

        if (accountId is not null)
        {
            widget["test_accountid"] = new EntityReference("account", accountId.Value);
        }

        _emulator.Service.Create(widget);
    }
}
