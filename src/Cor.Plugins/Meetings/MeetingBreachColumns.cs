using System.Collections.Generic;
using System.Linq;
using Cor.Plugins.Decks;
using Cor.Plugins.Framework;
using Cor.Rules;
using Microsoft.Xrm.Sdk;

namespace Cor.Plugins.Meetings;

/// <summary>
/// Breach columns of the rules that the meeting plugin checks: on cor_meeting, and on the meeting's deck for the
/// partnership goals rule.
/// </summary>
public static class MeetingBreachColumns
{
    /// <summary>Breach column on cor_meeting of every rule except the partnership goals rule.</summary>
    public static readonly IReadOnlyDictionary<RuleId, string> OnMeeting = new Dictionary<RuleId, string>
    {
        [RuleId.Agenda] = MeetingColumns.AgendaBreachedOn,
        [RuleId.Duration] = MeetingColumns.DurationBreachedOn,
        [RuleId.CustomerAttendee] = MeetingColumns.AttendeeBreachedOn,
        [RuleId.StatusTransition] = MeetingColumns.TransitionBreachedOn,
        [RuleId.PlanningLeadTime] = MeetingColumns.LeadTimeBreachedOn,
        [RuleId.AttendeeConfirmation] = MeetingColumns.ConfirmationBreachedOn,
        [RuleId.DeckReview] = MeetingColumns.DeckReviewBreachedOn,
        [RuleId.FollowUp] = MeetingColumns.FollowUpBreachedOn,
    };

    /// <summary>
    /// Returns the breach columns of one save. <paramref name="deck"/> is the meeting's deck when the rules read it.
    /// </summary>
    public static IReadOnlyList<BreachColumn> For(MeetingRecord meeting, DeckRecord? deck)
    {
        var columns = OnMeeting
            .Select(pair => BreachColumn.OnTarget(pair.Key, pair.Value, meeting.BreachedOn(pair.Value)))
            .ToList();

        // NOTE: a meeting completed without a deck breaks the goals rule with no deck to stamp, so at Record that
        // breach is written to the trace log only. The deck review rule at Record stamps the missing deck instead.
        if (deck != null)
        {
            var deckReference = new EntityReference(DeckColumns.Table, deck.Id);
            columns.Add(BreachColumn.OnRecord(
                RuleId.PartnershipGoals, deckReference, DeckColumns.GoalsBreachedOn, deck.GoalsBreachedOn));
        }

        return columns;
    }
}
