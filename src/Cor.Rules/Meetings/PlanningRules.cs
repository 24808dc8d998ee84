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

        var attendeesText = attendees.Count == 0
            ? "no attendees"
            : TextFormat.Count(attendees.Count, "attendee", "attendees") + " but none on the customer side";
        return new RuleViolation(
            RuleId.CustomerAttendee,
            $"The meeting has {attendeesText}, and a COR meeting is planned with the customer. "
            + "Add at least one attendee with the side Customer.");
    }

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
