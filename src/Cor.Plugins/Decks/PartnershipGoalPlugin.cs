using System;
using System.Collections.Generic;
using Cor.Plugins.Framework;
using Cor.Rules;
using Cor.Rules.Decks;
using Microsoft.Xrm.Sdk;

namespace Cor.Plugins.Decks;

/// <summary>
/// PreOperation plugin on Create and Update of cor_partnershipgoal: a deck has at most the maximum number of goals
/// (3 by default), and each goal has its own rank from 1 to that maximum.
/// </summary>
public sealed class PartnershipGoalPlugin : PluginBase
{
    /// <summary>Alias of the pre-image that the Update step registers.</summary>
    public const string PreImageAlias = "PreImage";

    /// <summary>Start of the trace line written when an Update changes neither the deck nor the rank.</summary>
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

        var goal = EntityMerge.Merge(preImage, target);
        var rank = goal.GetAttributeValue<int?>(GoalColumns.Rank);
        var deck = goal.GetAttributeValue<EntityReference>(GoalColumns.DeckId);
        var violations = deck == null
            ? PartnershipGoalRules.CheckGoal(string.Empty, rank, Array.Empty<PartnershipGoal>(), settings.MaxPartnershipGoals)
            : CheckOnDeck(context, deck, target.Id, rank, settings.MaxPartnershipGoals);
        var enforcement = Enforcement.Decide(violations, settings);
        RuleEnforcer.Apply(context, target, enforcement, context.ExecutionContext.OperationCreatedOn);
    }

    private static IEnumerable<RuleViolation> CheckOnDeck(
        LocalPluginContext context, EntityReference deck, Guid goalId, int? rank, int maxGoals)
    {
        var service = context.OrganizationService;
        var otherGoals = GoalReader.ReadGoalRanks(service, deck.Id, goalId);
        var deckName = deck.Name ?? GoalReader.ReadDeckName(service, deck.Id);
        return PartnershipGoalRules.CheckGoal(deckName, rank, otherGoals, maxGoals);
    }
}
