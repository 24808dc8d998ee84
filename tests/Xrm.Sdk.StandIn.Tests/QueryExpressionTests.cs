using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace Xrm.Sdk.StandIn.Tests;

public sealed class QueryExpressionTests
{
    [Fact]
    public void Constructor_CreatesEmptyParts()
    {
        var query = new QueryExpression("cor_meeting");

        Assert.Equal("cor_meeting", query.EntityName);
        Assert.False(query.ColumnSet.AllColumns);
        Assert.Empty(query.ColumnSet.Columns);
        Assert.Empty(query.Criteria.Conditions);
        Assert.Equal(LogicalOperator.And, query.Criteria.FilterOperator);
        Assert.NotNull(query.PageInfo);
        Assert.Null(query.TopCount);
    }

    [Fact]
    public void AddLink_LinksFromQueryTable()
    {
        var query = new QueryExpression("cor_meeting");

        var link = query.AddLink("account", "cor_accountid", "accountid", JoinOperator.LeftOuter);

        Assert.Same(link, Assert.Single(query.LinkEntities));
        Assert.Equal("cor_meeting", link.LinkFromEntityName);
        Assert.Equal("account", link.LinkToEntityName);
        Assert.Equal("cor_accountid", link.LinkFromAttributeName);
        Assert.Equal("accountid", link.LinkToAttributeName);
        Assert.Equal(JoinOperator.LeftOuter, link.JoinOperator);
    }

    [Fact]
    public void NestedAddLink_LinksFromLinkedTable()
    {
        var link = new QueryExpression("cor_deck").AddLink("cor_meeting", "cor_meetingid", "cor_meetingid");

        var nested = link.AddLink("account", "cor_accountid", "accountid");

        Assert.Equal("cor_meeting", nested.LinkFromEntityName);
        Assert.Equal(JoinOperator.Inner, nested.JoinOperator);
    }

    [Fact]
    public void AddOrder_AppendsOrder()
    {
        var query = new QueryExpression("cor_meeting");

        query.AddOrder("cor_scheduledstart", OrderType.Descending);

        var order = Assert.Single(query.Orders);
        Assert.Equal("cor_scheduledstart", order.AttributeName);
        Assert.Equal(OrderType.Descending, order.OrderType);
    }

    [Fact]
    public void ConditionExpression_ParamsValues_AddsEach()
    {
        var condition = new ConditionExpression("statuscode", ConditionOperator.In, 1, 107350001);

        Assert.Equal(new object[] { 1, 107350001 }, condition.Values);
        Assert.Null(condition.EntityName);
        Assert.False(condition.CompareColumns);
    }

    [Fact]
    public void ConditionExpression_SingleValue_AddsOne()
    {
        var condition = new ConditionExpression("meeting", "statuscode", ConditionOperator.Equal, (object)2);

        Assert.Equal("meeting", condition.EntityName);
        Assert.Equal(2, Assert.Single(condition.Values));
    }

    [Fact]
    public void ConditionExpression_NoValues_IsEmpty()
    {
        var condition = new ConditionExpression("cor_summary", ConditionOperator.Null);

        Assert.Empty(condition.Values);
        Assert.Equal(ConditionOperator.Null, condition.Operator);
    }

    [Fact]
    public void ConditionExpression_Collection_AddsItems()
    {
        var ids = new System.Collections.Generic.List<int> { 3, 4 };

        var condition = new ConditionExpression("cor_rank", ConditionOperator.In, ids);

        Assert.Equal(new object[] { 3, 4 }, condition.Values);
    }

    [Fact]
    public void ConditionExpression_CompareColumns_KeepsColumnName()
    {
        var condition = new ConditionExpression(
            "cor_scheduledend", ConditionOperator.GreaterThan, true, "cor_scheduledstart");

        Assert.True(condition.CompareColumns);
        Assert.Equal("cor_scheduledstart", Assert.Single(condition.Values));
    }

    [Fact]
    public void FilterExpression_AddFilter_ReturnsChild()
    {
        var filter = new FilterExpression();

        var child = filter.AddFilter(LogicalOperator.Or);
        child.AddCondition("statuscode", ConditionOperator.Equal, 1);

        Assert.Same(child, Assert.Single(filter.Filters));
        Assert.Equal(LogicalOperator.Or, child.FilterOperator);
        Assert.Single(child.Conditions);
    }

    [Fact]
    public void QueryByAttribute_PairsAttributesAndValues()
    {
        var query = new QueryByAttribute("cor_attendee");

        query.AddAttributeValue("cor_side", 107350000);

        Assert.Equal("cor_side", Assert.Single(query.Attributes));
        Assert.Equal(107350000, Assert.Single(query.Values));
    }

    [Fact]
    public void ColumnSet_ParamsColumns_AddsEach()
    {
        var columns = new ColumnSet("cor_name", "statuscode");

        columns.AddColumn("cor_agenda");

        Assert.Equal(new[] { "cor_name", "statuscode", "cor_agenda" }, columns.Columns);
        Assert.True(new ColumnSet(true).AllColumns);
    }
}
