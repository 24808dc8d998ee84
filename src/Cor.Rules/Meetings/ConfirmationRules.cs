using System;
using System.Collections.Generic;
using System.Linq;

namespace Cor.Rules.Meetings;

/// <summary>
/// Checks made when a meeting moves to Confirmed.
/// </summary>
public static class ConfirmationRules
{
    /// <summary>
    /// Returns a violation naming each required attendee who has not confirmed, or confirmed later than the lead time
    /// before the start.
    /// </summary>
    public static RuleViolation? CheckRequiredAttendeesConfirmed(
        IEnumerable<Attendee> attendees, DateTime start, int leadHours)
    {
        var deadline = start.AddHours(-leadHours);
        var late = attendees
            .Where(a => a.IsRequired && !(a.ConfirmedOn <= deadline))
            .Select(Describe)
            .ToList();
        if (late.Count == 0)
        {
            return null;
        }

        return new RuleViolation(
            RuleId.AttendeeConfirmation,
            $"{TextFormat.Count(late.Count, "required attendee has", "required attendees have")} not confirmed by "
            + $"{TextFormat.Time(deadline)}, {leadHours} hours before the start: {string.Join(", ", late)}. "
            + "Get their confirmation, or move the meeting so that they confirm in time.");
    }

    private static string Describe(Attendee attendee) =>
        attendee.ConfirmedOn is DateTime confirmedOn
            ? $"{attendee.Name} (confirmed at {TextFormat.Time(confirmedOn)})"
            : $"{attendee.Name} (not confirmed)";
}
