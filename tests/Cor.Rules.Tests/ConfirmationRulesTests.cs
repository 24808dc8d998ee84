using System;
using Cor.Rules.Meetings;
using Xunit;

namespace Cor.Rules.Tests;

public class ConfirmationRulesTests
{
    private static readonly DateTime Start = new(2027, 2, 10, 15, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Confirmation_ExactlyFortyEightHours_Passes()
    {
        var attendees = new[] { new Attendee("Ana", AttendeeSide.Customer, true, Start.AddHours(-48)) };

        Assert.Null(ConfirmationRules.CheckRequiredAttendeesConfirmed(attendees, Start, 48));
    }

    [Fact]
    public void Confirmation_LateAndMissing_NamesEach()
    {
        var attendees = new[]
        {
            new Attendee("Ana", AttendeeSide.Customer, true, Start.AddHours(-47)),
            new Attendee("Bo", AttendeeSide.Vendor, true, null),
            new Attendee("Cy", AttendeeSide.Customer, false, null),
        };

        var violation = ConfirmationRules.CheckRequiredAttendeesConfirmed(attendees, Start, 48);

        Assert.NotNull(violation);
        Assert.Equal(RuleId.AttendeeConfirmation, violation.Rule);
        Assert.Equal(
            "2 required attendees have not confirmed by 2027-02-08 15:00 UTC, 48 hours before the start: "
            + "Ana (confirmed at 2027-02-08 16:00 UTC), Bo (not confirmed). "
            + "Get their confirmation, or move the meeting so that they confirm in time.",
            violation.Message);
    }

    [Fact]
    public void Confirmation_OptionalUnconfirmed_Passes()
    {
        var attendees = new[] { new Attendee("Cy", AttendeeSide.Customer, false, null) };

        Assert.Null(ConfirmationRules.CheckRequiredAttendeesConfirmed(attendees, Start, 48));
    }
}
