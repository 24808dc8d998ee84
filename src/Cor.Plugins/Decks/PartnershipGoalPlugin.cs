using System;
using System.Linq;
using Cor.Plugins.Framework;
using Cor.Rules;
using Cor.Rules.Decks;
using Microsoft.Xrm.Sdk;

namespace Cor.Plugins.Decks;

/// <summary>
/// Synchronous PostOperation plugin on Create and Update of cor_partnershipgoal: a deck has at most the maximum
/// number of goals (3 by default), and each goal has its own rank from 1 to that maximum.
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
        var preImage = context.MessageName == MessageNames.Update
            ? context.GetRequiredPreImage(PreImageAlias, string.Join(",", RuleColumns))
            : null;
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
        var maxGoals = settings.MaxPartnershipGoals;
        var violations = goal.DeckId is Guid deckId
            ? CheckOnDeck(context.OrganizationService, deckId, goalId, goal.Rank, maxGoals)
            : PartnershipGoalRules.CheckGoal(string.Empty, goal.Rank, Array.Empty<PartnershipGoal>(), maxGoals);
        var enforcement = Enforcement.Decide(violations, settings);
        RuleEnforcer.Apply(context, target, enforcement, context.ExecutionContext.OperationCreatedOn);
    }

    /// <summary>Checks the goal against the deck's other goals. Reads the goals, then the deck name.</summary>
    private static RuleViolation[] CheckOnDeck(
        IOrganizationService service, Guid deckId, Guid goalId, int? rank, int maxGoals)
    {
        var deckIds = new[] { deckId };
        var otherGoals = GoalReader.ReadGoalsOfDecks(service, deckIds)
            .Where(g => g.Id != goalId)
            .Select(g => g.Goal)
            .ToList();
        var deckName = GoalReader.ReadDeckNames(service, deckIds).Values.FirstOrDefault() ?? deckId.ToString();
        return PartnershipGoalRules.CheckGoal(deckName, rank, otherGoals, maxGoals).ToArray();
    }
}
