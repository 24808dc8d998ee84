using System;
using System.Collections.Generic;
using System.Linq;
using Cor.Plugins.Framework;
using Cor.Rules.Decks;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Cor.Plugins.Decks;

/// <summary>
/// Reads decks and partnership goals, selecting only the columns the rules need.
/// </summary>
public static class GoalReader
{
    /// <summary>
    /// Returns the meeting's deck, or null when it has none. One query. The deck plugin rejects a second deck of a
    /// meeting, so the query returns at most one row.
    /// </summary>
    public static DeckRecord? ReadMeetingDeck(IOrganizationService service, Guid meetingId) =>
        ReadDeck(service, DeckColumns.MeetingId, meetingId);

    /// <summary>Returns the deck with the id, or null when none exists. One query.</summary>
    public static DeckRecord? ReadDeck(IOrganizationService service, Guid deckId) =>
        ReadDeck(service, DeckColumns.Id, deckId);

    private static DeckRecord? ReadDeck(IOrganizationService service, string column, Guid value)
    {
        var query = new QueryExpression(DeckColumns.Table)
        {
            ColumnSet = new ColumnSet(
                DeckColumns.Name,
                DeckColumns.Status,
                DeckColumns.AuthorId,
                DeckColumns.ReviewerId,
                DeckColumns.GoalsBreachedOn),
        };
        query.Criteria.AddCondition(column, ConditionOperator.Equal, value);

        var row = service.RetrieveMultiple(query).Entities.FirstOrDefault();
        if (row == null)
        {
            return null;
        }

        var goalsBreachedOn = EntityMerge.GetUtcTime(row, DeckColumns.GoalsBreachedOn);
        return new DeckRecord(row.Id, ToDeck(row), goalsBreachedOn);
    }

    /// <summary>
    /// Returns the deck's goals with their KPI counts: one query for the goals and one for their KPIs.
    /// The goal with the id <paramref name="excludedGoalId"/> is left out, so a goal being saved is not counted twice.
    /// </summary>
    public static IReadOnlyList<PartnershipGoal> ReadGoals(
        IOrganizationService service, Guid deckId, Guid excludedGoalId)
    {
        var query = new QueryExpression(GoalColumns.Table)
        {
            ColumnSet = new ColumnSet(GoalColumns.Rank, GoalColumns.Name, GoalColumns.Description),
        };
        query.Criteria.AddCondition(GoalColumns.DeckId, ConditionOperator.Equal, deckId);
        var rows = service.RetrieveMultiple(query).Entities.Where(g => g.Id != excludedGoalId).ToList();
        var kpiCounts = CountKpis(service, rows.Select(g => g.Id).ToList());
        return rows.Select(g => ToGoal(g, kpiCounts)).ToList();
    }

    /// <summary>Returns the goals of the decks without counting their KPIs, read with one query.</summary>
    public static IReadOnlyList<StoredGoal> ReadGoalsOfDecks(
        IOrganizationService service, IReadOnlyCollection<Guid> deckIds)
    {
        if (deckIds.Count == 0)
        {
            return Array.Empty<StoredGoal>();
        }

        var query = new QueryExpression(GoalColumns.Table)
        {
            ColumnSet = new ColumnSet(GoalColumns.DeckId, GoalColumns.Rank, GoalColumns.Name, GoalColumns.Description),
        };
        query.Criteria.AddCondition(GoalColumns.DeckId, ConditionOperator.In, deckIds.Cast<object>().ToArray());
        return service.RetrieveMultiple(query).Entities
            .Select(g => new StoredGoal(
                g.Id,
                g.GetAttributeValue<EntityReference>(GoalColumns.DeckId).Id,
                new PartnershipGoal(g.GetAttributeValue<int?>(GoalColumns.Rank), Label(g), 0)))
            .ToList();
    }

    private static Dictionary<Guid, int> CountKpis(IOrganizationService service, IReadOnlyCollection<Guid> goalIds)
    {
        if (goalIds.Count == 0)
        {
            return new Dictionary<Guid, int>();
        }

        var query = new QueryExpression(KpiColumns.Table) { ColumnSet = new ColumnSet(KpiColumns.GoalId) };
        query.Criteria.AddCondition(KpiColumns.GoalId, ConditionOperator.In, goalIds.Cast<object>().ToArray());
        return service.RetrieveMultiple(query).Entities
            .Select(k => k.GetAttributeValue<EntityReference>(KpiColumns.GoalId)?.Id)
            .Where(id => id.HasValue)
            .GroupBy(id => id!.Value)
            .ToDictionary(group => group.Key, group => group.Count());
    }

    private static PartnershipGoal ToGoal(Entity row, IReadOnlyDictionary<Guid, int> kpiCounts)
    {
        kpiCounts.TryGetValue(row.Id, out var count);
        return new PartnershipGoal(row.GetAttributeValue<int?>(GoalColumns.Rank), Label(row), count);
    }

    private static string? Label(Entity goal) =>
        goal.GetAttributeValue<string>(GoalColumns.Name) ?? goal.GetAttributeValue<string>(GoalColumns.Description);

    private static Deck ToDeck(Entity row)
    {
        var status = row.GetAttributeValue<OptionSetValue>(DeckColumns.Status);
        return new Deck(
            row.GetAttributeValue<string>(DeckColumns.Name) ?? row.Id.ToString(),
            status == null ? null : (DeckStatus)status.Value,
            row.GetAttributeValue<EntityReference>(DeckColumns.AuthorId)?.Id,
            row.GetAttributeValue<EntityReference>(DeckColumns.ReviewerId)?.Id);
    }
}
