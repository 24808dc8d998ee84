using System;
using Cor.Plugins.Decks;
using Cor.Plugins.Meetings;
using Cor.Rules.Meetings;
using Microsoft.Xrm.Sdk;

namespace Cor.Plugins.Tests;

/// <summary>
/// Builders of valid COR records, which each test changes only where its case differs.
/// </summary>
internal static class CorRecords
{
    /// <summary>Default meeting start: 60 days after the clock, so the 28-day lead time is met.</summary>
    public static readonly DateTime Start = PluginTestHost.Now.Date.AddDays(60).AddHours(14);

    public static Entity Meeting(int minutes = 45, string? agenda = "1. Goals 2. Usage 3. Next steps")
    {
        var meeting = new Entity(MeetingColumns.Table)
        {
            [MeetingColumns.Name] = "Contoso COR",
            [MeetingColumns.Objectives] = "Agree the renewal scope",
            [MeetingColumns.ScheduledStart] = Start,
            [MeetingColumns.ScheduledEnd] = Start.AddMinutes(minutes),
        };
        if (agenda != null)
        {
            meeting[MeetingColumns.Agenda] = agenda;
        }

        return meeting;
    }

    public static Entity StatusUpdate(Guid meetingId, MeetingStatus status) =>
        new(MeetingColumns.Table, meetingId)
        {
            [MeetingColumns.StateCode] = new OptionSetValue((int)MeetingStatusModel.StateOf(status)),
            [MeetingColumns.StatusCode] = new OptionSetValue((int)status),
        };

    public static Entity Attendee(Guid meetingId, string name, AttendeeSide side, DateTime? confirmedOn = null)
    {
        var attendee = new Entity(AttendeeColumns.Table)
        {
            [AttendeeColumns.Name] = name,
            [AttendeeColumns.MeetingId] = new EntityReference(MeetingColumns.Table, meetingId),
            [AttendeeColumns.Side] = new OptionSetValue((int)side),
            [AttendeeColumns.IsRequired] = true,
        };
        if (confirmedOn.HasValue)
        {
            attendee[AttendeeColumns.ConfirmedOn] = confirmedOn.Value;
        }

        return attendee;
    }

    public static Entity Deck(Guid meetingId, Guid authorId, Guid? reviewerId, bool ready = true)
    {
        var deck = new Entity(DeckColumns.Table)
        {
            [DeckColumns.Name] = "Contoso Q1 deck",
            [DeckColumns.MeetingId] = new EntityReference(MeetingColumns.Table, meetingId),
            [DeckColumns.AuthorId] = new EntityReference("systemuser", authorId),
            [DeckColumns.Status] = new OptionSetValue(ready ? 107350001 : 107350000),
        };
        if (reviewerId.HasValue)
        {
            deck[DeckColumns.ReviewerId] = new EntityReference("systemuser", reviewerId.Value);
        }

        return deck;
    }

    public static Entity Goal(Guid deckId, int rank) =>
        new(GoalColumns.Table)
        {
            [GoalColumns.Name] = "Goal " + rank,
            [GoalColumns.DeckId] = new EntityReference(DeckColumns.Table, deckId),
            [GoalColumns.Rank] = rank,
        };

    public static Entity Kpi(Guid goalId, decimal baseline = 10m, decimal target = 20m, decimal current = 15m) =>
        new(KpiColumns.Table)
        {
            ["cor_name"] = "Active users",
            [KpiColumns.GoalId] = new EntityReference(GoalColumns.Table, goalId),
            [KpiColumns.Baseline] = baseline,
            [KpiColumns.Target] = target,
            [KpiColumns.CurrentValue] = current,
        };

    public static Entity NextStep(Guid meetingId, DateTime? dueDate)
    {
        var step = new Entity(NextStepColumns.Table)
        {
            [NextStepColumns.Name] = "Send the renewal proposal",
            [NextStepColumns.MeetingId] = new EntityReference(MeetingColumns.Table, meetingId),
        };
        if (dueDate.HasValue)
        {
            step[NextStepColumns.DueDate] = dueDate.Value;
        }

        return step;
    }
}
