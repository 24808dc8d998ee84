using System.Collections.Generic;

namespace Cor.Cli.Demo.Scenario;

/// <summary>The sections of the demo, in the order they run.</summary>
internal static class DemoScenario
{
    public static IReadOnlyList<ScenarioSection> Sections { get; } = new[]
    {
        new ScenarioSection(
            "The customer",
            "The account that the COR meetings are held with, and the people on both sides.",
            SetupScenario.Steps),
        new ScenarioSection(
            "Meeting rules on every save",
            "The meeting plugin runs before each create and update of a COR meeting: it computes the duration and "
            + "rejects a meeting without an agenda or longer than 60 minutes.",
            MeetingRulesScenario.Steps),
        new ScenarioSection(
            "One COR from Draft to Confirmed",
            "A meeting moves Draft, Planned, Confirmed, Completed, in that order. Planning needs a customer attendee. Planning less than 28 days ahead and a missing confirmation are "
            + "saved but recorded as breaches, because those rules ship at the level Record.",
            PlanningScenario.Steps),
        new ScenarioSection(
            "Completing the COR",
            "Completion needs a reviewed deck whose goals have KPIs, a summary and next steps. With the deck review "
            + "and follow-up rules at Enforce, each missing part rejects the save until it is there.",
            CompletionScenario.Steps),
        new ScenarioSection(
            "After the COR",
            "The customer's feedback is checked for a valid score, and completing the follow-up task records when "
            + "the follow-up went out and whether that was within 24 hours of the meeting.",
            FollowUpScenario.Steps),
    };
}
