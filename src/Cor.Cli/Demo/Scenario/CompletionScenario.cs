using System.Collections.Generic;
using System.Globalization;
using Cor.Cli.Demo.Samples;
using Cor.Cli.Demo.Steps;

namespace Cor.Cli.Demo.Scenario;

/// <summary>
/// The second half of the COR's lifecycle: after the meeting, completion is rejected until the deck is reviewed,
/// every goal has a KPI, and the next steps exist. Then the Custom API cor_CloseMeeting closes it with the summary.
/// </summary>
internal static class CompletionScenario
{
    private const string MeetingKey = PlanningScenario.MeetingKey;

    /// <summary>Rule levels that an admin raises to Enforce, so completion is rejected rather than recorded.</summary>
    private static readonly string[] EnforcedLevels = { "cor_DeckReviewRuleLevel", "cor_FollowUpRuleLevel" };

    public static IEnumerable<ScenarioStep> Steps(ScenarioContext context)
    {
        var meeting = context.Samples.Meeting(MeetingKey);
        var deck = meeting.Deck ?? throw new DemoSetupException(
            $"The meeting '{MeetingKey}' in meetings.json has no deck, which the completion steps need. Add one.");

        yield return new ScenarioStep(
            $"An admin sets {string.Join(" and ", EnforcedLevels)} to Enforce",
            StepExpectation.Accepted,
            _ => SetEnforced(context));

        yield return new ScenarioStep(
            "After the meeting, set the status to Completed while it has no deck, summary or next step",
            StepExpectation.Rejected,
            recorder => CompleteAfterMeeting(context, meeting, recorder),
            RejectionMentions: "no deck");

        yield return new ScenarioStep(
            $"Add the deck \"{deck.Name}\" as Draft with {deck.Goals.Count} partnership goals, but no KPI yet",
            StepExpectation.Accepted,
            recorder => DeckActions.AddDeckWithGoals(context, MeetingKey, deck, recorder));

        yield return new ScenarioStep(
            "Set the status to Completed while the deck is a draft and its goals have no KPI",
            StepExpectation.Rejected,
            _ => MeetingActions.SetStatus(context, MeetingKey, CorSchema.MeetingStatus.Completed),
            RejectionMentions: "no KPI");

        yield return new ScenarioStep(
            $"{context.Samples.User(deck.Reviewer).FirstName} reviews the deck and sets it to Ready",
            StepExpectation.Accepted,
            _ => DeckActions.Review(context, deck));

        yield return new ScenarioStep(
            "Add the KPIs that the customer chose for each goal",
            StepExpectation.Accepted,
            recorder => DeckActions.AddKpis(context, deck, recorder));

        yield return new ScenarioStep(
            "Set the status to Completed while the meeting has no summary and no next step",
            StepExpectation.Rejected,
            _ => MeetingActions.SetStatus(context, MeetingKey, CorSchema.MeetingStatus.Completed),
            RejectionMentions: "summary");

        yield return new ScenarioStep(
            $"Add {meeting.NextSteps?.Count ?? 0} next steps with owners and due dates",
            StepExpectation.Accepted,
            _ => AddNextSteps(context, meeting));

        yield return new ScenarioStep(
            $"Close the meeting with the Custom API {CloseMeeting.MessageName}, passing the summary",
            StepExpectation.Accepted,
            recorder => CloseMeeting.Close(context, MeetingKey, meeting, recorder));
    }

    private static void SetEnforced(ScenarioContext context)
    {
        foreach (var schemaName in EnforcedLevels)
        {
            MeetingActions.SetEnvironmentVariable(context, schemaName, "Enforce");
        }
    }

    /// <summary>Moves the demo clock to 30 minutes after the meeting's end, then requests its completion.</summary>
    private static void CompleteAfterMeeting(ScenarioContext context, SampleMeeting meeting, StepRecorder recorder)
    {
        var afterMeeting = context.EndOf(meeting).AddMinutes(30);
        context.Clock.MoveTo(afterMeeting);
        recorder.Fact(string.Create(
            CultureInfo.InvariantCulture,
            $"the demo clock moves to {afterMeeting:yyyy-MM-dd HH:mm} UTC, 30 minutes after the meeting ends"));
        MeetingActions.SetStatus(context, MeetingKey, CorSchema.MeetingStatus.Completed);
    }

    private static void AddNextSteps(ScenarioContext context, SampleMeeting meeting)
    {
        foreach (var step in meeting.NextSteps ?? new List<SampleNextStep>())
        {
            context.Service.Create(SampleRecords.NextStep(step, context.MeetingIds[MeetingKey], context));
        }
    }
}
