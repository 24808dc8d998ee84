using System;
using System.Linq;
using Cor.Plugins.Framework;
using Cor.Plugins.Meetings;
using Cor.Rules;
using Cor.Rules.Decks;
using Cor.Rules.Meetings;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Cor.Plugins.Decks;

/// <summary>
/// PreOperation plugin on Delete of cor_partnershipgoal: the deck of a Completed meeting keeps at least one goal, at
/// the level of cor_PartnershipGoalsRuleLevel. At Record, it stamps the deck's cor_goalsbreachedon.
/// </summary>
public sealed class GoalDeletePlugin : PluginBase
{
    /// <summary>Alias of the pre-image that the Delete step registers.</summary>
    public const string PreImageAlias = "PreImage";

    private const string PreImageColumns = GoalColumns.DeckId + "," + GoalColumns.Rank + "," + GoalColumns.Name;

    protected override void ExecuteCore(LocalPluginContext context)
    {
        var preImage = context.GetRequiredPreImage(PreImageAlias, PreImageColumns);
        var goalId = context.ExecutionContext.PrimaryEntityId;
        if (preImage.GetAttributeValue<EntityReference>(GoalColumns.DeckId)?.Id is not Guid deckId)
        {
            context.TraceSkip($"cor_partnershipgoal {goalId} belongs to no deck.");
            return;
        }

        var settings = CorSettingsLoader.Load(context);
        if (!settings.IsChecked(RuleId.PartnershipGoals))
        {
            context.TraceSkip("The rule PartnershipGoals is Off.");
            return;
        }

        var service = context.OrganizationService;
        var deck = ReadDeck(service, deckId);
        var meetingId = deck?.GetAttributeValue<EntityReference>(DeckColumns.MeetingId)?.Id;
        var meeting = meetingId is Guid id ? StoredMeeting.Read(service, id) : null;
        if (deck == null || meeting?.Status != MeetingStatus.Completed)
        {
            context.TraceSkip($"The meeting of cor_deck {deckId} is not Completed, so the deck may lose its goals.");
            return;
        }

        var remaining = GoalReader.ReadGoalsOfDecks(service, new[] { deckId }).Count(g => g.Id != goalId);
        var deckName = deck.GetAttributeValue<string>(DeckColumns.Name) ?? deckId.ToString();
        var deleted = new PartnershipGoal(
            preImage.GetAttributeValue<int?>(GoalColumns.Rank), preImage.GetAttributeValue<string>(GoalColumns.Name), 0);
        var violation = PartnershipGoalRules.CheckGoalKept(
            deckName, deleted.ToString(), remaining, settings.MaxPartnershipGoals);
        var enforcement = Enforcement.Decide(new[] { violation }, settings);
        var column = BreachColumn.OnRecord(
            RuleId.PartnershipGoals,
            new EntityReference(DeckColumns.Table, deckId),
            DeckColumns.GoalsBreachedOn,
            EntityMerge.GetUtcTime(deck, DeckColumns.GoalsBreachedOn));
        var target = new Entity(GoalColumns.Table, goalId);
        RuleEnforcer.Apply(context, target, enforcement, context.ExecutionContext.OperationCreatedOn, new[] { column });
    }

    /// <summary>Returns the deck's name, meeting and goals breach time, or null when the deck does not exist.</summary>
    private static Entity? ReadDeck(IOrganizationService service, Guid deckId)
    {
        var query = new QueryExpression(DeckColumns.Table)
        {
            ColumnSet = new ColumnSet(DeckColumns.Name, DeckColumns.MeetingId, DeckColumns.GoalsBreachedOn),
        };
        query.Criteria.AddCondition(DeckColumns.Id, ConditionOperator.Equal, deckId);
        return service.RetrieveMultiple(query).Entities.FirstOrDefault();
    }
}
