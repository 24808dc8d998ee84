using System;
using Cor.Rules.Meetings;
using Xunit;

namespace Cor.Rules.Tests;

public class PlanningRulesTests
{
    private static readonly DateTime PlannedOn = new(2027, 1, 1, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void LeadTime_ExactlyTwentyEightDays_Passes()
    {
        Assert.Null(PlanningRules.CheckLeadTime(PlannedOn, PlannedOn.AddDays(28), 28));
    }

    [Fact]
    public void LeadTime_OneMinuteShort_Fails()
    {
        var violation = PlanningRules.CheckLeadTime(PlannedOn, PlannedOn.AddDays(28).AddMinutes(-1), 28);

        Assert.NotNull(violation);
        Assert.Equal(RuleId.PlanningLeadTime, violation.Rule);
    }

    [Fact]
    public void LeadTime_Short_NamesDaysAndEarliestStart()
    {
        var violation = PlanningRules.CheckLeadTime(PlannedOn, PlannedOn.AddDays(10), 28);

        Assert.NotNull(violation);
        Assert.Equal(
            "The meeting starts at 2027-01-11 09:00 UTC, only 10 days after it was planned at 2027-01-01 09:00 UTC, "
            + "but a COR meeting is planned at least 28 days ahead. Move the start to 2027-01-29 09:00 UTC or later.",
            violation.Message);
    }

    [Fact]
    public void LeadTime_StartBeforePlanning_SaysBefore()
    {
        var violation = PlanningRules.CheckLeadTime(PlannedOn, PlannedOn.AddDays(-1), 28);

        Assert.NotNull(violation);
        Assert.Contains("2026-12-31 09:00 UTC, before it was planned", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CustomerAttendee_OnlyVendors_Fails()
    {
        var attendees = new[] { new Attendee("Ana", AttendeeSide.Vendor, true, null) };

        var violation = PlanningRules.CheckCustomerAttendee(attendees);

        Assert.NotNull(violation);
        Assert.Equal(RuleId.CustomerAttendee, violation.Rule);
        var expected = "The meeting has 1 attendee but none on the customer side";
        Assert.StartsWith(expected, violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CustomerAttendee_NoAttendees_Fails()
    {
        var violation = PlanningRules.CheckCustomerAttendee(Array.Empty<Attendee>());

        Assert.NotNull(violation);
        var expected = "The meeting has no attendees, and a COR meeting is planned with the customer.";
        Assert.StartsWith(expected, violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CustomerAttendee_OneCustomer_Passes()
    {
        var attendees = new[]
        {
            new Attendee("Ana", AttendeeSide.Vendor, true, null),
            new Attendee("Bo", AttendeeSide.Customer, false, null),
        };

        Assert.Null(PlanningRules.CheckCustomerAttendee(attendees));
    }
}
