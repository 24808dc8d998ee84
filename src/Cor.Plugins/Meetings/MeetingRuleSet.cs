using System;
using System.Collections.Generic;
using Cor.Plugins.Decks;
using Cor.Rules;
using Cor.Rules.Decks;
using Cor.Rules.Meetings;
using Cor.Rules.Settings;
using Microsoft.Xrm.Sdk;

namespace Cor.Plugins.Meetings;

/// <summary>
/// Runs the meeting rules that apply to one save: the rules of every save, then those of the status it moves to.
/// Rules at the level Off are skipped, so their related records are never read.
/// </summary>
public sealed class MeetingRuleSet
{
    private readonly IOrganizationService service;
    private readonly CorSettings settings;
    private readonly MeetingRecord meeting;

    public MeetingRuleSet(IOrganizationService service, CorSettings settings, MeetingRecord meeting)
    {
        this.service = service;
        this.settings = settings;
        this.meeting = meeting;
    }

    /// <summary>
    /// Meeting's deck, set while <see cref="Check"/> is enumerated when a completion rule reads it, otherwise null.
    /// </summary>
    public DeckRecord? Deck { get; private set; }

    /// <summary>Returns the result of every check that applies. A null result means that the check passed.</summary>
    public IEnumerable<RuleViolation?> Check(StatusChange status)
    {
        foreach (var result in CheckEverySave())
        {
            yield return result;
        }

        if (!status.IsTransition)
        {
            if (settings.IsChecked(RuleId.Agenda) && IsPlannedOrLater(status.To))
            {
                yield return AgendaRules.CheckObjectivesKept(meeting.Objectives, status.To);
            }

            yield break;
        }

        if (settings.IsChecked(RuleId.StatusTransition))
        {
            yield return StatusTransitionRules.CheckTransition(status.From, status.To);
        }

        var statusChecks = status.To switch
        {
            MeetingStatus.Planned => CheckPlanned(),
            MeetingStatus.Confirmed => CheckConfirmed(),
            MeetingStatus.Completed => CheckCompleted(),
            _ => Array.Empty<RuleViolation?>(),
        };
        foreach (var result in statusChecks)
        {
            yield return result;
        }
    }

    private IEnumerable<RuleViolation?> CheckEverySave()
    {
        if (settings.IsChecked(RuleId.Agenda))
        {
            yield return AgendaRules.CheckAgenda(meeting.Agenda);
        }

        if (settings.IsChecked(RuleId.Duration) && meeting.Schedule is MeetingSchedule schedule)
        {
            yield return ScheduleRules.CheckEndAfterStart(schedule);
            if (schedule.EndsAfterStart)
            {
                yield return ScheduleRules.CheckMaxDuration(schedule, settings.MaxMeetingMinutes);
            }
        }
    }

    private static bool IsPlannedOrLater(MeetingStatus status) =>
        status is MeetingStatus.Planned or MeetingStatus.Confirmed or MeetingStatus.Completed;

    private IEnumerable<RuleViolation?> CheckPlanned()
    {
        if (settings.IsChecked(RuleId.Agenda))
        {
            yield return AgendaRules.CheckObjectives(meeting.Objectives);
        }

        if (settings.IsChecked(RuleId.Duration))
        {
            yield return ScheduleRules.CheckScheduled(meeting.ScheduledStart, meeting.ScheduledEnd);
        }

        if (settings.IsChecked(RuleId.CustomerAttendee))
        {
            yield return PlanningRules.CheckCustomerAttendee(MeetingChildReader.ReadAttendees(service, meeting.Id));
        }

        if (settings.IsChecked(RuleId.PlanningLeadTime) && meeting.ScheduledStart is DateTime start
            && meeting.PlannedOn is DateTime plannedOn)
        {
            yield return PlanningRules.CheckLeadTime(plannedOn, start, settings.PlanningLeadDays);
        }
    }

    private IEnumerable<RuleViolation?> CheckConfirmed()
    {
        if (settings.IsChecked(RuleId.Agenda))
        {
            yield return AgendaRules.CheckObjectivesKept(meeting.Objectives, MeetingStatus.Confirmed);
        }

        if (settings.IsChecked(RuleId.Duration))
        {
            yield return ScheduleRules.CheckScheduled(meeting.ScheduledStart, meeting.ScheduledEnd);
        }

        if (settings.IsChecked(RuleId.AttendeeConfirmation) && meeting.ScheduledStart is DateTime start)
        {
            var attendees = MeetingChildReader.ReadAttendees(service, meeting.Id);
            yield return ConfirmationRules.CheckRequiredAttendeesConfirmed(
                attendees, start, settings.ConfirmationLeadHours);
        }
    }

    private IEnumerable<RuleViolation?> CheckCompleted()
    {
        var checksDeck = settings.IsChecked(RuleId.DeckReview) || settings.IsChecked(RuleId.PartnershipGoals);
        var deck = checksDeck ? GoalReader.ReadMeetingDeck(service, meeting.Id) : null;
        Deck = deck;
        if (settings.IsChecked(RuleId.Agenda))
        {
            yield return AgendaRules.CheckObjectivesKept(meeting.Objectives, MeetingStatus.Completed);
        }

        if (settings.IsChecked(RuleId.DeckReview))
        {
            yield return DeckReviewRules.CheckReviewed(deck?.Deck);
        }

        if (settings.IsChecked(RuleId.PartnershipGoals))
        {
            foreach (var result in CheckDeckGoals(deck))
            {
                yield return result;
            }
        }

        if (settings.IsChecked(RuleId.FollowUp))
        {
            yield return FollowUpRules.CheckSummary(meeting.Summary);
            yield return FollowUpRules.CheckNextSteps(MeetingChildReader.ReadNextSteps(service, meeting.Id));
        }
    }

    private IEnumerable<RuleViolation?> CheckDeckGoals(DeckRecord? deck)
    {
        if (deck == null)
        {
            var noGoals = Array.Empty<PartnershipGoal>();
            yield return PartnershipGoalRules.CheckGoalCount(null, noGoals, settings.MaxPartnershipGoals);
            yield break;
        }

        var goals = GoalReader.ReadGoals(service, deck.Id, Guid.Empty);
        yield return PartnershipGoalRules.CheckGoalCount(deck.Deck.Name, goals, settings.MaxPartnershipGoals);
        yield return PartnershipGoalRules.CheckEveryGoalHasKpi(deck.Deck.Name, goals);
    }
}
