using System;
using Cor.Rules.FollowUp;
using Xunit;

namespace Cor.Rules.Tests.FollowUp;

public class FollowUpMeasureTests
{
    private static readonly DateTime Due = new(2026, 12, 5, 15, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Measure_SentBeforeDue_OnTime()
    {
        var measure = FollowUpMeasure.Of(Due.AddMinutes(-1), Due);

        Assert.True(measure.OnTime);
        Assert.Null(measure.CheckOnTime("'COR'"));
    }

    [Fact]
    public void Measure_SentExactlyAtDue_OnTime()
    {
        Assert.True(FollowUpMeasure.Of(Due, Due).OnTime);
    }

    [Fact]
    public void Measure_NoDue_OnTime()
    {
        Assert.True(FollowUpMeasure.Of(Due, null).OnTime);
    }

    [Fact]
    public void Measure_SentLate_ViolatesFollowUpRule()
    {
        var measure = FollowUpMeasure.Of(Due.AddHours(3).AddMinutes(20), Due);

        var violation = measure.CheckOnTime("'Contoso Q4 COR'");

        Assert.False(measure.OnTime);
        Assert.NotNull(violation);
        Assert.Equal(RuleId.FollowUp, violation.Rule);
        Assert.Equal(
            "The follow-up of 'Contoso Q4 COR' was sent at 2026-12-05 18:20 UTC, 3 hours 20 minutes after its due "
            + "time 2026-12-05 15:00 UTC. Send the follow-up of the next COR by its due time.",
            violation.Message);
    }

    [Fact]
    public void Measure_LessThanAnHourLate_NamesMinutes()
    {
        var violation = FollowUpMeasure.Of(Due.AddMinutes(1), Due).CheckOnTime("'COR'");

        Assert.NotNull(violation);
        Assert.Contains(", 1 minute after its due time", violation.Message, StringComparison.Ordinal);
    }
}
