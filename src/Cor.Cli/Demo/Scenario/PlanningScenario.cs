using System;
using System.Collections.Generic;
using System.Linq;
using Cor.Cli.Demo.Samples;
using Cor.Cli.Demo.Steps;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Meeting = Cor.Cli.Demo.Scenario.CorSchema.Meeting;

namespace Cor.Cli.Demo.Scenario;

/// <summary>
/// The first half of one COR's lifecycle: created as Draft, planned once a customer attends (with the lead time
/// recorded as a breach), and confirmed (with the missing confirmation recorded as a breach).
/// </summary>
internal static class PlanningScenario
{
    public const string MeetingKey = "value-realisation";

    public static IEnumerable<ScenarioStep> Steps(ScenarioContext context)
    {
        var meeting = context.Samples.Meeting(MeetingKey);
        yield return new ScenarioStep(
            $"Create \"{meeting.Name}\" as Draft, {meeting.StartsInDays} days ahead",
            StepExpectation.Accepted,
            _ => context.MeetingIds[MeetingKey] = context.Service.Create(SampleRecords.Meeting(meeting, context)));

        yield return new ScenarioStep(
            "Set the status straight to Confirmed, skipping Planned",
            StepExpectation.Rejected,
            _ => MeetingActions.SetStatus(context, MeetingKey, CorSchema.MeetingStatus.Confirmed),
            RejectionMentions: "cannot move from Draft to Confirmed");

        yield return new ScenarioStep(
            "Invite the vendor's people",
            StepExpectation.Accepted,
            recorder => recorder.Fact("attendees: " + Join(MeetingActions.AddAttendees(context, MeetingKey, SampleSide.Vendor))));

        yield return new ScenarioStep(
            "Set the status to Planned while no customer attends",
            StepExpectation.Rejected,
            _ => MeetingActions.SetStatus(context, MeetingKey, CorSchema.MeetingStatus.Planned),
            RejectionMentions: "customer side");

        yield return new ScenarioStep(
            "Invite the customer's people",
            StepExpectation.Accepted,
            recorder => recorder.Fact("attendees: " + Join(MeetingActions.AddAttendees(context, MeetingKey, SampleSide.Customer))));

        yield return new ScenarioStep(
            "Set the status to Planned again",
            StepExpectation.Accepted,
            recorder => Plan(context, meeting, recorder));

        yield return new ScenarioStep(
            "Record the confirmations received so far",
            StepExpectation.Accepted,
            recorder => RecordConfirmations(context, meeting, recorder));

        yield return new ScenarioStep(
            "Set the status to Confirmed",
            StepExpectation.Accepted,
            recorder => Confirm(context, recorder));
    }

    private static void Plan(ScenarioContext context, SampleMeeting meeting, StepRecorder recorder)
    {
        MeetingActions.SetStatus(context, MeetingKey, CorSchema.MeetingStatus.Planned);
        var stored = MeetingActions.Read(context, MeetingKey, Meeting.PlannedOn, Meeting.LeadTimeBreachedOn);
        recorder.Fact($"cor_plannedon {MeetingActions.FormatTime(stored, Meeting.PlannedOn)}, stamped by the plugin");
        recorder.Fact(
            $"cor_leadtimebreachedon {MeetingActions.FormatTime(stored, Meeting.LeadTimeBreachedOn)}: planned "
            + $"{meeting.StartsInDays} days ahead, and the lead time rule is at the level Record");
        recorder.Check(
            stored.Contains(Meeting.LeadTimeBreachedOn),
            "The plugin should record a lead time breach, because the meeting was planned less than 28 days ahead.");
    }

    /// <summary>Sets cor_confirmedon on the attendees that the sample marks as confirmed, at the demo clock's time.</summary>
    private static void RecordConfirmations(ScenarioContext context, SampleMeeting meeting, StepRecorder recorder)
    {
        var attendees = meeting.Attendees ?? Array.Empty<SampleAttendee>();
        var rows = AttendeeRows(context);
        foreach (var attendee in attendees.Where(a => a.Confirmed))
        {
            var name = SampleRecords.AttendeeName(attendee, context.Samples);
            var update = new Entity(CorSchema.Attendee.Table, rows[name]);
            update[CorSchema.Attendee.ConfirmedOn] = context.UtcNow;
            context.Service.Update(update);
        }

        recorder.Fact("confirmed: " + Join(Names(context, attendees.Where(a => a.Confirmed))));
        recorder.Fact("not confirmed: " + Join(Names(context, attendees.Where(a => !a.Confirmed))));
    }

    private static void Confirm(ScenarioContext context, StepRecorder recorder)
    {
        MeetingActions.SetStatus(context, MeetingKey, CorSchema.MeetingStatus.Confirmed);
        var stored = MeetingActions.Read(context, MeetingKey, Meeting.ConfirmationBreachedOn);
        recorder.Fact(
            $"cor_confirmationbreachedon {MeetingActions.FormatTime(stored, Meeting.ConfirmationBreachedOn)}: a "
            + "required attendee has not confirmed, and the confirmation rule is at the level Record");
        recorder.Check(
            stored.Contains(Meeting.ConfirmationBreachedOn),
            "The plugin should record a confirmation breach, because a required attendee has not confirmed.");
    }

    private static Dictionary<string, Guid> AttendeeRows(ScenarioContext context)
    {
        var query = new QueryExpression(CorSchema.Attendee.Table)
        {
            ColumnSet = new ColumnSet(CorSchema.Attendee.Name),
        };
        query.Criteria.AddCondition(
            CorSchema.Attendee.MeetingId, ConditionOperator.Equal, context.MeetingIds[MeetingKey]);
        return context.Service.RetrieveMultiple(query).Entities
            .ToDictionary(e => e.GetAttributeValue<string>(CorSchema.Attendee.Name), e => e.Id, StringComparer.Ordinal);
    }

    private static IEnumerable<string> Names(ScenarioContext context, IEnumerable<SampleAttendee> attendees) =>
        attendees.Select(a => SampleRecords.AttendeeName(a, context.Samples));

    private static string Join(IEnumerable<string> names)
    {
        var list = names.ToList();
        return list.Count == 0 ? "nobody" : string.Join(", ", list);
    }
}
