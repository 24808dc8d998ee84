using System;
using System.Linq;
using Cor.Rules.Decks;
using Xunit;

namespace Cor.Rules.Tests;

public class PartnershipGoalRulesTests
{
    private static PartnershipGoal Goal(int rank, int kpis = 1) => new(rank, "Goal " + rank, kpis);

    private static PartnershipGoal NewGoal(int rank) => new(rank, "New", 0);

    [Fact]
    public void Goal_ThirdWithFreeRank_Passes()
    {
        var violations = PartnershipGoalRules.CheckGoal("Q1", Goal(3), new[] { Goal(1), Goal(2) }, 3);

        Assert.Empty(violations);
    }

    [Fact]
    public void Goal_Fourth_Fails()
    {
        var violations = PartnershipGoalRules.CheckGoal("Q1", Goal(2), new[] { Goal(1), Goal(2), Goal(3) }, 3).ToList();

        Assert.Equal(2, violations.Count);
        Assert.All(violations, v => Assert.Equal(RuleId.PartnershipGoals, v.Rule));
        Assert.Equal(
            "This request gives the deck 'Q1' 4 partnership goals, but a deck has at most 3. "
            + "Remove goals from the request or from the deck.",
            violations[0].Message);
    }

    [Fact]
    public void Goal_DuplicateRank_NamesHolder()
    {
        var violation = Assert.Single(PartnershipGoalRules.CheckGoal("Q1", NewGoal(1), new[] { Goal(1) }, 3));

        Assert.Equal(
            "This request gives the deck 'Q1' 2 goals at rank 1: goal 1 'New' and goal 1 'Goal 1', "
            + "but each goal of a deck has its own rank. Give each of them a different rank from 1 to 3.",
            violation.Message);
    }

    [Fact]
    public void Goal_ThreeAtSameRank_NamesAll()
    {
        var others = new[] { Goal(2), new PartnershipGoal(2, "Other", 0) };

        var violation = Assert.Single(PartnershipGoalRules.CheckGoal("Q1", NewGoal(2), others, 3));

        var expected = "This request gives the deck 'Q1' 3 goals at rank 2: goal 2 'New', goal 2 'Goal 2' and "
            + "goal 2 'Other',";
        Assert.StartsWith(expected, violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Goal_FourthOnEmptyDeckInBatch_CountsFour()
    {
        var batch = new[] { Goal(1), Goal(2), Goal(3) };

        var violation = PartnershipGoalRules.CheckGoal("Q1", NewGoal(3), batch, 3).First();

        Assert.StartsWith("This request gives the deck 'Q1' 4 partnership goals,", violation.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    [InlineData(null)]
    public void Goal_RankOutOfRange_Fails(int? rank)
    {
        var violation = Assert.Single(PartnershipGoalRules.CheckGoal("Q1", new PartnershipGoal(rank, "New", 0), Array.Empty<PartnershipGoal>(), 3));

        Assert.StartsWith("The partnership goal's rank is", violation.Message, StringComparison.Ordinal);
        Assert.Contains("Set a rank from 1 to 3.", violation.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(3, true)]
    [InlineData(4, false)]
    public void GoalCount_Boundaries(int count, bool passes)
    {
        var goals = Enumerable.Range(1, count).Select(r => Goal(r)).ToList();

        var violation = PartnershipGoalRules.CheckGoalCount("Q1", goals, 3);

        Assert.Equal(passes, violation == null);
    }

    [Fact]
    public void EveryGoalHasKpi_GoalWithout_NamesIt()
    {
        var violation = PartnershipGoalRules.CheckEveryGoalHasKpi("Q1", new[] { Goal(1), Goal(2, kpis: 0) });

        Assert.NotNull(violation);
        Assert.StartsWith("On the deck 'Q1', goal 2 'Goal 2' has no KPI", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryGoalHasKpi_AllMeasured_Passes()
    {
        Assert.Null(PartnershipGoalRules.CheckEveryGoalHasKpi("Q1", new[] { Goal(1), Goal(2, kpis: 2) }));
    }
}
