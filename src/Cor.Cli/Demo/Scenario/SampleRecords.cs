using System;
using Cor.Cli.Demo.Samples;
using Microsoft.Xrm.Sdk;

namespace Cor.Cli.Demo.Scenario;

/// <summary>Builds the Dataverse records of the account, its people and the meetings from the samples.</summary>
internal static class SampleRecords
{
    public static Entity Account(SampleAccount account)
    {
        var record = new Entity("account");
        record["name"] = account.Name;
        SetIfPresent(record, "accountnumber", account.AccountNumber);
        SetIfPresent(record, "address1_city", account.City);
        SetIfPresent(record, "cor_customersince", ToDate(account.CustomerSince));
        SetIfPresent(record, "cor_journeystage", account.JourneyStage is SampleJourneyStage stage
            ? new OptionSetValue((int)stage)
            : null);
        record["cor_coragreed"] = account.CorAgreed;
        SetIfPresent(record, "cor_coragreedon", ToDate(account.CorAgreedOn));
        return record;
    }

    public static Entity Contact(SampleContact contact, Guid accountId)
    {
        var record = new Entity("contact");
        record["firstname"] = contact.FirstName;
        record["lastname"] = contact.LastName;
        SetIfPresent(record, "jobtitle", contact.JobTitle);
        SetIfPresent(record, "emailaddress1", contact.Email);
        record["parentcustomerid"] = new EntityReference("account", accountId);
        return record;
    }

    public static Entity User(SampleUser user)
    {
        var record = new Entity("systemuser");
        record["firstname"] = user.FirstName;
        record["lastname"] = user.LastName;
        SetIfPresent(record, "title", user.Title);
        SetIfPresent(record, "internalemailaddress", user.Email);
        SetIfPresent(record, "domainname", user.Email);
        return record;
    }

    /// <summary>Builds a Draft meeting of the account, scheduled as in the sample, with an agenda only if the sample has one.</summary>
    public static Entity Meeting(SampleMeeting meeting, ScenarioContext context)
    {
        var record = new Entity(CorSchema.Meeting.Table);
        record[CorSchema.Meeting.Name] = meeting.Name;
        record[CorSchema.Meeting.AccountId] = new EntityReference("account", context.AccountId);
        SetIfPresent(record, CorSchema.Meeting.Agenda, meeting.Agenda);
        SetIfPresent(record, CorSchema.Meeting.Objectives, meeting.Objectives);
        record[CorSchema.Meeting.ScheduledStart] = context.StartOf(meeting);
        record[CorSchema.Meeting.ScheduledEnd] = context.EndOf(meeting);
        record[CorSchema.Meeting.OrganizerId] = context.UserReference(meeting.Organizer);
        if (meeting.CoPresenter != null)
        {
            record[CorSchema.Meeting.CoPresenterId] = context.UserReference(meeting.CoPresenter);
        }

        return record;
    }

    /// <summary>Builds an attendee of the meeting, not yet confirmed, named after the contact or user.</summary>
    public static Entity Attendee(SampleAttendee attendee, Guid meetingId, ScenarioContext context)
    {
        var record = new Entity(CorSchema.Attendee.Table);
        record[CorSchema.Attendee.Name] = AttendeeName(attendee, context.Samples);
        record[CorSchema.Attendee.MeetingId] = new EntityReference(CorSchema.Meeting.Table, meetingId);
        if (attendee.Contact != null)
        {
            record[CorSchema.Attendee.ContactId] = context.ContactReference(attendee.Contact);
        }

        if (attendee.User != null)
        {
            record[CorSchema.Attendee.UserId] = context.UserReference(attendee.User);
        }

        record[CorSchema.Attendee.Side] = new OptionSetValue((int)attendee.Side);
        record[CorSchema.Attendee.Level] = new OptionSetValue((int)attendee.Level);
        record[CorSchema.Attendee.IsRequired] = attendee.Required;
        return record;
    }

    public static string AttendeeName(SampleAttendee attendee, SampleSet samples)
    {
        if (attendee.Contact != null)
        {
            var contact = samples.Contact(attendee.Contact);
            return $"{contact.FirstName} {contact.LastName}";
        }

        var user = samples.User(attendee.User!);
        return $"{user.FirstName} {user.LastName}";
    }

    /// <summary>Builds the deck in status Draft, with its author and without a reviewer.</summary>
    public static Entity Deck(SampleDeck deck, Guid meetingId, ScenarioContext context)
    {
        var record = new Entity(CorSchema.Deck.Table);
        record[CorSchema.Deck.Name] = deck.Name;
        record[CorSchema.Deck.MeetingId] = new EntityReference(CorSchema.Meeting.Table, meetingId);
        record[CorSchema.Deck.AuthorId] = context.UserReference(deck.Author);
        record[CorSchema.Deck.DeckStatus] = new OptionSetValue(CorSchema.Deck.StatusDraft);
        SetIfPresent(record, CorSchema.Deck.BusinessObjectives, deck.BusinessObjectives);
        SetIfPresent(record, CorSchema.Deck.ProgressToDate, deck.ProgressToDate);
        SetIfPresent(record, CorSchema.Deck.NextPartnershipSteps, deck.NextPartnershipSteps);
        return record;
    }

    public static Entity Goal(SampleGoal goal, Guid deckId)
    {
        var record = new Entity(CorSchema.Goal.Table);
        record[CorSchema.Goal.Name] = goal.Description;
        record[CorSchema.Goal.DeckId] = new EntityReference(CorSchema.Deck.Table, deckId);
        record[CorSchema.Goal.Rank] = goal.Rank;
        record[CorSchema.Goal.Description] = goal.Description;
        return record;
    }

    public static Entity Kpi(SampleKpi kpi, Guid goalId, DateTime measuredOn)
    {
        var record = new Entity(CorSchema.Kpi.Table);
        record[CorSchema.Kpi.Name] = kpi.Name;
        record[CorSchema.Kpi.GoalId] = new EntityReference(CorSchema.Goal.Table, goalId);
        record[CorSchema.Kpi.Unit] = kpi.Unit;
        record[CorSchema.Kpi.Baseline] = kpi.Baseline;
        record[CorSchema.Kpi.Target] = kpi.Target;
        record[CorSchema.Kpi.CurrentValue] = kpi.Current;
        record[CorSchema.Kpi.MeasuredOn] = measuredOn;
        return record;
    }

    public static Entity NextStep(SampleNextStep step, Guid meetingId, ScenarioContext context)
    {
        var record = new Entity(CorSchema.NextStep.Table);
        record[CorSchema.NextStep.Name] = step.Description;
        record[CorSchema.NextStep.MeetingId] = new EntityReference(CorSchema.Meeting.Table, meetingId);
        record[CorSchema.NextStep.Description] = step.Description;
        record[CorSchema.NextStep.DueDate] = context.Today.AddDays(step.DueInDays);
        record[CorSchema.NextStep.OwnerId] = context.UserReference(step.Owner);
        return record;
    }

    private static DateTime? ToDate(DateOnly? date) =>
        date is DateOnly day ? day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) : null;

    private static void SetIfPresent(Entity record, string column, object? value)
    {
        if (value != null)
        {
            record[column] = value;
        }
    }
}
