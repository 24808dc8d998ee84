using System;
using System.Linq;
using Cor.Plugins.Framework;
using Cor.Rules;
using Cor.Rules.Decks;
using Microsoft.Xrm.Sdk;

namespace Cor.Plugins.Decks;

/// <summary>
/// Synchronous PostOperation plugin on Create and Update of cor_partnershipgoal: a deck has at most the maximum
/// number of goals (3 by default), and each goal has its own rank from 1 to that maximum. At the level Record, a
/// breach is stamped in the deck's cor_goalsbreachedon with an Update of the deck.
/// </summary>
/// <remarks>
/// It runs after the write, because a CreateMultiple runs the PreOperation step of every record before it stores
/// any of them, so only a query after the write returns the other goals of the same request. An exception here still
/// rolls back the whole request, because synchronous PostOperation runs inside the transaction.
/// </remarks>
public sealed class PartnershipGoalPlugin : PluginBase
{
    /// <summary>Alias of the pre-image that the Update step registers.</summary>
    public const string PreImageAlias = "PreImage";

    /// <summary>Start of the trace line written when an update changes neither the deck nor the rank.</summary>
    public const string NoRuleColumnChangedTrace = "The update changes neither the deck nor the rank";

    private static readonly string[] RuleColumns = { GoalColumns.DeckId, GoalColumns.Rank };

    protected override void ExecuteCore(LocalPluginContext context)
    {
        var target = context.GetTargetEntity();
        var preImage = context.GetUpdatePreImage(PreImageAlias, string.Join(",", RuleColumns));
        if (preImage != null && EntityMerge.ChangedColumns(target, preImage, RuleColumns).Count == 0)
        {
            context.TraceSkip($"{NoRuleColumnChangedTrace} of cor_partnershipgoal {target.Id}.");
            return;
        }

        var settings = CorSettingsLoader.Load(context);
        if (!settings.IsChecked(RuleId.PartnershipGoals))
        {
            context.TraceSkip("The rule PartnershipGoals is Off.");
            return;
        }

        var goal = GoalChange.From(EntityMerge.Merge(preImage, target));
        var goalId = goal.Id != Guid.Empty ? goal.Id : context.ExecutionContext.PrimaryEntityId;
        var operationTime = context.ExecutionContext.OperationCreatedOn;
        if (goal.DeckId is not Guid deckId)
        {
            var noDeckViolations = PartnershipGoalRules.CheckGoal(
                string.Empty,
                new PartnershipGoal(goal.Rank, null, 0),
                Array.Empty<PartnershipGoal>(),
                settings.MaxPartnershipGoals);
            var noDeckEnforcement = Enforcement.Decide(noDeckViolations, settings);
            RuleEnforcer.Apply(context, target, noDeckEnforcement, operationTime, Array.Empty<BreachColumn>());
            return;
        }

        var service = context.OrganizationService;
        var deck = GoalReader.ReadDeck(service, deckId);
        var deckName = deck?.Deck.Name ?? deckId.ToString();
        var violations = CheckOnDeck(service, deckId, deckName, goalId, goal.Rank, settings.MaxPartnershipGoals);
        var enforcement = Enforcement.Decide(violations, settings);
        RuleEnforcer.Apply(context, target, enforcement, operationTime, GoalsBreachColumn(deckId, deck));
    }

    /// <summary>
    /// Checks the goal against the deck's other goals, which it reads with one query. The step runs after the write,
    /// so the query also returns the goals that the same CreateMultiple or UpdateMultiple saved.
    /// </summary>
    private static RuleViolation[] CheckOnDeck(
        IOrganizationService service, Guid deckId, string deckName, Guid goalId, int? rank, int maxGoals)
    {
        var deckGoals = GoalReader.ReadGoalsOfDecks(service, new[] { deckId });
        var label = deckGoals.FirstOrDefault(g => g.Id == goalId)?.Goal.Description;
        var goal = new PartnershipGoal(rank, label, 0);
        var otherGoals = deckGoals.Where(g => g.Id != goalId).Select(g => g.Goal).ToList();
        return PartnershipGoalRules.CheckGoal(deckName, goal, otherGoals, maxGoals).ToArray();
    }

    private static BreachColumn[] GoalsBreachColumn(Guid deckId, DeckRecord? deck)
    {
        if (deck == null)
        {
            return Array.Empty<BreachColumn>();
        }

        var deckReference = new EntityReference(DeckColumns.Table, deckId);
        var column = BreachColumn.OnRecord(
            RuleId.PartnershipGoals, deckReference, DeckColumns.GoalsBreachedOn, deck.GoalsBreachedOn);
        return new[] { column };
    }
}
