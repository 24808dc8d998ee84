using System.Collections.Generic;
using System.Linq;

namespace Cor.Rules.Decks;

/// <summary>
/// Checks of a deck's partnership goals, all under <see cref="RuleId.PartnershipGoals"/>.
/// </summary>
public static class PartnershipGoalRules
{
    /// <summary>
    /// Returns the violations of adding or changing one goal on a deck: more goals than the maximum, a rank outside
    /// 1 to the maximum, or a rank that another goal of the deck also has. <paramref name="otherGoals"/> are the
    /// deck's other goals after the request, whether stored earlier or saved by the same request, so the messages
    /// state the deck as the request leaves it.
    /// </summary>
    public static IEnumerable<RuleViolation> CheckGoal(
        string deckName, PartnershipGoal goal, IReadOnlyCollection<PartnershipGoal> otherGoals, int maxGoals)
    {
        var goalCount = otherGoals.Count + 1;
        if (goalCount > maxGoals)
        {
            yield return new RuleViolation(
                RuleId.PartnershipGoals,
                $"This request gives the deck '{deckName}' "
                + $"{TextFormat.Count(goalCount, "partnership goal", "partnership goals")}, "
                + $"but a deck has at most {maxGoals}. Remove goals from the request or from the deck.");
        }

        var rankProblem = FindRankProblem(deckName, goal, otherGoals, maxGoals);
        if (rankProblem != null)
        {
            yield return new RuleViolation(RuleId.PartnershipGoals, rankProblem);
        }
    }

    /// <summary>
    /// Returns a violation unless a completed meeting's deck has 1 to the maximum number of goals. A null deck name
    /// means that the meeting has no deck.
    /// </summary>
    public static RuleViolation? CheckGoalCount(
        string? deckName, IReadOnlyCollection<PartnershipGoal> goals, int maxGoals)
    {
        if (goals.Count >= 1 && goals.Count <= maxGoals)
        {
            return null;
        }

        if (deckName == null)
        {
            return new RuleViolation(
                RuleId.PartnershipGoals,
                $"The meeting has no deck, so it has none of the 1 to {maxGoals} partnership goals that a completed "
                + "COR meeting needs. Add the deck with its goals and their KPIs.");
        }

        return new RuleViolation(
            RuleId.PartnershipGoals,
            $"The deck '{deckName}' has {TextFormat.Count(goals.Count, "partnership goal", "partnership goals")}, "
            + $"but a completed COR meeting's deck has 1 to {maxGoals}. Add or remove goals on the deck.");
    }

    /// <summary>
    /// Returns a violation when deleting <paramref name="deletedGoal"/> leaves a completed meeting's deck with no
    /// goal. <paramref name="remainingCount"/> is the number of goals left after the delete.
    /// </summary>
    public static RuleViolation? CheckGoalKept(string deckName, string deletedGoal, int remainingCount, int maxGoals)
    {
        if (remainingCount >= 1)
        {
            return null;
        }

        return new RuleViolation(
            RuleId.PartnershipGoals,
            $"Deleting {deletedGoal} leaves the deck '{deckName}' with no partnership goals, but the deck of a "
            + $"completed COR meeting keeps 1 to {maxGoals}. Add another goal to the deck before deleting this one.");
    }

    /// <summary>Returns a violation naming every goal that no KPI measures.</summary>
    public static RuleViolation? CheckEveryGoalHasKpi(string deckName, IEnumerable<PartnershipGoal> goals)
    {
        var withoutKpi = goals.Where(g => g.KpiCount == 0).Select(g => g.ToString()).ToList();
        if (withoutKpi.Count == 0)
        {
            return null;
        }

        return new RuleViolation(
            RuleId.PartnershipGoals,
            $"On the deck '{deckName}', {string.Join(", ", withoutKpi)} "
            + $"{(withoutKpi.Count == 1 ? "has" : "have")} no KPI, but every partnership goal is measured by at least "
            + "one KPI that the customer chose. Add a KPI to each goal.");
    }

    private static string? FindRankProblem(
        string deckName, PartnershipGoal goal, IEnumerable<PartnershipGoal> otherGoals, int maxGoals)
    {
        var rank = goal.Rank;
        if (rank == null || rank < 1 || rank > maxGoals)
        {
            var value = rank?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "empty";
            return $"The partnership goal's rank is {value}, but a goal is ranked from 1 to {maxGoals}. "
                + $"Set a rank from 1 to {maxGoals}.";
        }

        var sameRank = otherGoals.Where(g => g.Rank == rank).Select(g => g.ToString()).ToList();
        if (sameRank.Count == 0)
        {
            return null;
        }

        sameRank.Insert(0, goal.ToString());
        return $"This request gives the deck '{deckName}' {sameRank.Count} goals at rank {rank}: "
            + $"{TextFormat.Conjunction(sameRank)}, but each goal of a deck has its own rank. "
            + $"Give each of them a different rank from 1 to {maxGoals}.";
    }
}
