using System;
using Cor.Rules.Meetings;
using Xunit;

namespace Cor.Rules.Tests;

public class FollowUpRulesTests
{
    private static readonly DateTime Due = new(2027, 3, 1, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Summary_Blank_Fails()
    {
        var violation = FollowUpRules.CheckSummary("  ");

        Assert.NotNull(violation);
        Assert.Equal(RuleId.FollowUp, violation.Rule);
    }

    [Fact]
    public void Summary_Written_Passes()
    {
        Assert.Null(FollowUpRules.CheckSummary("Agreed the renewal scope."));
    }

    [Fact]
    public void NextSteps_None_Fails()
    {
        var violation = FollowUpRules.CheckNextSteps(Array.Empty<NextStep>());

        Assert.NotNull(violation);
        Assert.StartsWith("The meeting has no next step", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NextSteps_Incomplete_NamesEachGap()
    {
        var steps = new[]
        {
            new NextStep("Send pricing", true, Due),
            new NextStep("Book workshop", false, Due),
            new NextStep(null, false, null),
        };

        var violation = FollowUpRules.CheckNextSteps(steps);

        Assert.NotNull(violation);
        Assert.Equal(
            "2 next steps are incomplete: 'Book workshop' (no owner), a next step without description "
            + "(no owner and due date). Give every next step an owner and a due date.",
            violation.Message);
    }

    [Fact]
    public void NextSteps_Complete_Passes()
    {
        Assert.Null(FollowUpRules.CheckNextSteps(new[] { new NextStep("Send pricing", true, Due) }));
    }
}
