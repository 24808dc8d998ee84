using System.Collections.Generic;
using System.Linq;
using Cor.Cli.Demo.Samples;
using Cor.Cli.Demo.Steps;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Meeting = Cor.Cli.Demo.Scenario.CorSchema.Meeting;
using Task = Cor.Cli.Demo.Scenario.CorSchema.Task;

namespace Cor.Cli.Demo.Scenario;

/// <summary>
/// After the close: the customer's feedback, rejected while its score is out of range, the follow-up sent within
/// the due time, and the breaches that stayed recorded on the meeting.
/// </summary>
internal static class FollowUpScenario
{
    private const string MeetingKey = PlanningScenario.MeetingKey;

    /// <summary>
    /// A score outside 0 to 10, as a typo in a feedback form would give. The platform rejects it against the
    /// column's MinValue and MaxValue before any plugin runs.
    /// </summary>
    private const int OutOfRangeScore = 90;

    /// <summary>Time from the meeting's end to the moment the organizer sends the follow-up.</summary>
    private const int HoursUntilFollowUp = 2;

    public static IEnumerable<ScenarioStep> Steps(ScenarioContext context)
    {
        var meeting = context.Samples.Meeting(MeetingKey);
        var feedback = meeting.Feedback ?? throw new DemoSetupException(
            $"The meeting '{MeetingKey}' in meetings.json has no feedback, which the follow-up steps need. Add one.");

        yield return new ScenarioStep(
            $"Enter the customer's feedback with the score {OutOfRangeScore}, a typo",
            StepExpectation.Rejected,
            _ => CreateFeedback(context, feedback with { Score = OutOfRangeScore }),
            RejectionMentions: "outside the valid range");

        yield return new ScenarioStep(
            $"Enter the customer's feedback with the score {feedback.Score}",
            StepExpectation.Accepted,
            _ => CreateFeedback(context, feedback));

        var organizer = context.Samples.User(meeting.Organizer).FirstName;
        yield return new ScenarioStep(
            $"{organizer} sends the follow-up {HoursUntilFollowUp} hours after the meeting and completes its task",
            StepExpectation.Accepted,
            recorder => SendFollowUp(context, meeting, recorder));

        yield return new ScenarioStep(
            "Read the breaches recorded on the meeting",
            StepExpectation.Accepted,
            recorder => ListBreaches(context, recorder));
    }

    private static void CreateFeedback(ScenarioContext context, SampleFeedback feedback)
    {
        var record = new Entity(CorSchema.Feedback.Table);
        record[CorSchema.Feedback.Name] = "Feedback on " + context.Samples.Meeting(MeetingKey).Name;
        record[CorSchema.Feedback.MeetingId] = context.MeetingReference(MeetingKey);
        record[CorSchema.Feedback.Score] = feedback.Score;
        if (feedback.Comment != null)
        {
            record[CorSchema.Feedback.Comment] = feedback.Comment;
        }

        context.Service.Create(record);
    }

    /// <summary>Moves the demo clock to the time the follow-up goes out, then completes the send-follow-up task.</summary>
    private static void SendFollowUp(ScenarioContext context, SampleMeeting meeting, StepRecorder recorder)
    {
        context.Clock.MoveTo(context.EndOf(meeting).AddHours(HoursUntilFollowUp));
        var task = FindSendFollowUpTask(context);
        var update = new Entity(Task.Table, task.Id);
        update["statecode"] = new OptionSetValue(Task.Completed.State);
        update["statuscode"] = new OptionSetValue(Task.Completed.Status);
        context.Service.Update(update);

        var stored = MeetingActions.Read(context, MeetingKey, Meeting.FollowUpSentOn, Meeting.FollowUpOnTime);
        var onTime = stored.GetAttributeValue<bool?>(Meeting.FollowUpOnTime);
        recorder.Fact($"task \"{task.GetAttributeValue<string>(Task.Subject)}\" was due "
            + MeetingActions.FormatTime(task, Task.ScheduledEnd));
        recorder.Fact($"cor_followupsenton {MeetingActions.FormatTime(stored, Meeting.FollowUpSentOn)}, "
            + $"cor_followupontime {FormatYesNo(onTime)} (set by the plugin)");
        recorder.Check(onTime == true, "The plugin should record the follow-up as on time, because it went out early.");
    }

    private static string FormatYesNo(bool? value) => value switch
    {
        true => "yes",
        false => "no",
        null => "empty",
    };

    private static Entity FindSendFollowUpTask(ScenarioContext context)
    {
        var query = new QueryExpression(Task.Table) { ColumnSet = new ColumnSet(Task.Subject, Task.ScheduledEnd) };
        query.Criteria.AddCondition(Task.RegardingObjectId, ConditionOperator.Equal, context.MeetingIds[MeetingKey]);
        query.Criteria.AddCondition(Task.FollowUpKind, ConditionOperator.Equal, Task.FollowUpKindSendFollowUp);
        return context.Service.RetrieveMultiple(query).Entities.FirstOrDefault()
            ?? throw new DemoSetupException(
                "The close created no task to send the follow-up, so the demo cannot complete it. Check that the "
                + "solution registers the follow-up tasks step on Update of cor_meeting.");
    }

    private static void ListBreaches(ScenarioContext context, StepRecorder recorder)
    {
        var stored = MeetingActions.Read(context, MeetingKey, Meeting.BreachColumns);
        foreach (var column in Meeting.BreachColumns)
        {
            recorder.Fact($"{column}: {MeetingActions.FormatTime(stored, column)}");
        }

        recorder.Check(
            stored.Contains(Meeting.LeadTimeBreachedOn) && stored.Contains(Meeting.ConfirmationBreachedOn),
            "The lead time and confirmation breaches should stay recorded after the close.");
        recorder.Check(
            !stored.Contains(Meeting.DeckReviewBreachedOn) && !stored.Contains(Meeting.FollowUpBreachedOn),
            "No deck review or follow-up breach should be recorded: those rules were at Enforce when the meeting "
            + "closed, and the follow-up went out in time.");
    }
}
