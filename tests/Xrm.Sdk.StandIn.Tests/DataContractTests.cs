using System;
using System.IO;
using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace Xrm.Sdk.StandIn.Tests;

/// <summary>Round-trips SDK types through DataContractSerializer, as the organization service does on the wire.</summary>
public sealed class DataContractTests
{
    private static readonly Guid MeetingId = new("6d1f7c0e-52a4-4a8e-9b0f-2f4c1d3e5a61");

    [Fact]
    public void Entity_RoundTripsTypedValues()
    {
        var meeting = new Entity("cor_meeting", MeetingId)
        {
            ["cor_name"] = "Q3 review",
            ["cor_accountid"] = new EntityReference("account", Guid.NewGuid()),
            ["statuscode"] = new OptionSetValue(107350001),
            ["cor_budget"] = new Money(1200.50m),
        };
        meeting.FormattedValues.Add("statuscode", "Planned");

        var copy = RoundTrip(meeting);

        Assert.Equal("cor_meeting", copy.LogicalName);
        Assert.Equal(MeetingId, copy.Id);
        Assert.Equal("Q3 review", copy["cor_name"]);
        Assert.Equal(meeting["cor_accountid"], copy["cor_accountid"]);
        Assert.Equal(new OptionSetValue(107350001), copy["statuscode"]);
        Assert.Equal(new Money(1200.50m), copy["cor_budget"]);
        Assert.Equal("Planned", copy.FormattedValues["statuscode"]);
    }

    [Fact]
    public void Entity_UsesXrmContractNamespace()
    {
        var contract = (DataContractAttribute)Attribute.GetCustomAttribute(
            typeof(Entity), typeof(DataContractAttribute))!;

        Assert.Equal("Entity", contract.Name);
        Assert.Equal("http://schemas.microsoft.com/xrm/2011/Contracts", contract.Namespace);
    }

    [Fact]
    public void QueryExpression_RoundTripsAsQueryBase()
    {
        var query = new QueryExpression("cor_meeting") { ColumnSet = new ColumnSet("cor_name") };
        query.Criteria.AddCondition("statuscode", ConditionOperator.In, 1, 107350001);

        var copy = Assert.IsType<QueryExpression>(RoundTrip<QueryBase>(query));

        Assert.Equal("cor_meeting", copy.EntityName);
        Assert.Equal("cor_name", Assert.Single(copy.ColumnSet.Columns));
        var condition = Assert.Single(copy.Criteria.Conditions);
        Assert.Equal(ConditionOperator.In, condition.Operator);
        Assert.Equal(new object[] { 1, 107350001 }, condition.Values);
    }

    [Fact]
    public void Request_RoundTripsParameters()
    {
        var request = new CreateRequest { Target = new Entity("cor_meeting", MeetingId) };

        var copy = RoundTrip(request);

        Assert.Equal("Create", copy.RequestName);
        Assert.Equal(MeetingId, copy.Target.Id);
    }

    private static T RoundTrip<T>(T value)
    {
        var serializer = new DataContractSerializer(typeof(T));
        using var stream = new MemoryStream();
        serializer.WriteObject(stream, value);
        stream.Position = 0;
        return (T)serializer.ReadObject(stream)!;
    }
}
