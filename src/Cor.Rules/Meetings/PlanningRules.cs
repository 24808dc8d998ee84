using System;
using System.Collections.Generic;
using System.Linq;

namespace Cor.Rules.Meetings;

/// <summary>
/// Checks made when a meeting moves to Planned, besides the agenda and duration checks.
/// </summary>
public static class PlanningRules
{
    /// <summary>Returns a violation unless at least one attendee is on the customer side.</summary>
    public static RuleViolation? CheckCustomerAttendee(IReadOnlyCollection<Attendee> attendees)
    {
        if (attendees.Any(a => a.Side == AttendeeSide.Customer))
        {
            return null;
        }

        return new RuleViolation(
            RuleId.CustomerAttendee,
            $"The meeting has {DescribeAttendees(attendees)}, and a COR meeting is planned with the customer. "
            + "Add at least one attendee with the side Customer.");
    }

    /// <summary>
    /// Returns a violation unless a Planned or Confirmed meeting keeps a customer-side attendee after the attendee
    /// <paramref name="deletedName"/> is deleted. <paramref name="remaining"/> are the attendees left after the delete.
    /// </summary>
    public static RuleViolation? CheckCustomerAttendeeKept(string deletedName, IReadOnlyCollection<Attendee> remaining)
    {
        if (remaining.Any(a => a.Side == AttendeeSide.Customer))
        {
            return null;
        }

        return new RuleViolation(
            RuleId.CustomerAttendee,
            $"Deleting the attendee '{deletedName}' leaves the meeting with {DescribeAttendees(remaining)}, but a "
            + "planned COR meeting keeps at least one customer-side attendee. "
            + "Add another attendee with the side Customer first, or cancel the meeting.");
    }

    private static string DescribeAttendees(IReadOnlyCollection<Attendee> attendees) =>
        attendees.Count == 0
            ? "no attendees"
            : TextFormat.Count(attendees.Count, "attendee", "attendees") + " but none on the customer side";

    /// <summary>Returns a violation when the meeting starts less than the lead time after it was planned.</summary>
    public static RuleViolation? CheckLeadTime(DateTime plannedOn, DateTime start, int leadDays)
    {
        var lead = start - plannedOn;
        if (lead >= TimeSpan.FromDays(leadDays))
        {
            return null;
        }

        var earliestStart = plannedOn.AddDays(leadDays);
        return new RuleViolation(
            RuleId.PlanningLeadTime,
            $"The meeting starts at {TextFormat.Time(start)}, {DescribeLead(lead)} it was planned at "
            + $"{TextFormat.Time(plannedOn)}, but a COR meeting is planned at least {leadDays} days ahead. "
            + $"Move the start to {TextFormat.Time(earliestStart)} or later.");
    }

    private static string DescribeLead(TimeSpan lead)
    {
        if (lead < TimeSpan.Zero)
        {
            return "before";
        }

        return "only " + TextFormat.Count((int)Math.Floor(lead.TotalDays), "day", "days") + " after";
    }
}
