using System.Globalization;
using Cor.Cli.Demo.Samples;
using Cor.Cli.Demo.Steps;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Deck = Cor.Cli.Demo.Scenario.CorSchema.Deck;
using Kpi = Cor.Cli.Demo.Scenario.CorSchema.Kpi;

namespace Cor.Cli.Demo.Scenario;

/// <summary>Requests on the deck of the lifecycle meeting: create it with its goals, review it, add the KPIs.</summary>
internal static class DeckActions
{
    private const string DeckKey = "deck";

    public static void AddDeckWithGoals(ScenarioContext context, string meetingKey, SampleDeck deck, StepRecorder recorder)
    {
        var deckId = context.Service.Create(SampleRecords.Deck(deck, context.MeetingIds[meetingKey], context));
        context.RecordIds[DeckKey] = deckId;
        foreach (var goal in deck.Goals)
        {
            context.RecordIds[GoalKey(goal)] = context.Service.Create(SampleRecords.Goal(goal, deckId));
            recorder.Fact($"goal {goal.Rank}: {goal.Description}");
        }
    }

    /// <summary>Sets the reviewer, the review time and the status Ready in one update.</summary>
    public static void Review(ScenarioContext context, SampleDeck deck)
    {
        var update = new Entity(Deck.Table, context.RecordIds[DeckKey]);
        update[Deck.ReviewerId] = context.UserReference(deck.Reviewer);
        update[Deck.ReviewedOn] = context.UtcNow;
        update[Deck.DeckStatus] = new OptionSetValue(Deck.StatusReady);
        context.Service.Update(update);
    }

    /// <summary>Creates every KPI of every goal and reports the progress the plugin computed for each.</summary>
    public static void AddKpis(ScenarioContext context, SampleDeck deck, StepRecorder recorder)
    {
        foreach (var goal in deck.Goals)
        {
            foreach (var kpi in goal.Kpis)
            {
                var id = context.Service.Create(SampleRecords.Kpi(kpi, context.RecordIds[GoalKey(goal)], context.Today));
                var stored = context.Service.Retrieve(Kpi.Table, id, new ColumnSet(Kpi.ProgressPercent));
                recorder.Fact($"{kpi.Name}: {Describe(kpi)}, progress {FormatPercent(stored)} (set by the plugin)");
            }
        }
    }

    private static string GoalKey(SampleGoal goal) => "goal-" + goal.Rank.ToString(CultureInfo.InvariantCulture);

    private static string Describe(SampleKpi kpi) =>
        string.Create(CultureInfo.InvariantCulture, $"{kpi.Baseline} to {kpi.Target} {kpi.Unit}, now {kpi.Current}");

    private static string FormatPercent(Entity kpi)
    {
        var percent = kpi.GetAttributeValue<decimal?>(Kpi.ProgressPercent);
        return percent is decimal value ? value.ToString("0.#", CultureInfo.InvariantCulture) + "%" : "empty";
    }
}
