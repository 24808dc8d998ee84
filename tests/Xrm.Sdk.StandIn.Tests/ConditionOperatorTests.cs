using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace Xrm.Sdk.StandIn.Tests;

public sealed class ConditionOperatorTests
{
    [Theory]
    [InlineData(ConditionOperator.Equal, 0)]
    [InlineData(ConditionOperator.In, 8)]
    [InlineData(ConditionOperator.Null, 12)]
    [InlineData(ConditionOperator.On, 25)]
    [InlineData(ConditionOperator.EqualUserId, 41)]
    [InlineData(ConditionOperator.Contains, 49)]
    [InlineData(ConditionOperator.BeginsWith, 54)]
    [InlineData(ConditionOperator.InFiscalPeriodAndYear, 70)]
    [InlineData(ConditionOperator.Under, 75)]
    [InlineData(ConditionOperator.OlderThanXMinutes, 86)]
    [InlineData(ConditionOperator.DoesNotContainValues, 88)]
    public void Value_MatchesSdk(ConditionOperator conditionOperator, int expected)
    {
        Assert.Equal(expected, (int)conditionOperator);
    }

    [Fact]
    public void Values_AreContiguous()
    {
        var values = System.Enum.GetValues<ConditionOperator>();

        Assert.Equal(89, values.Length);
        for (var i = 0; i < values.Length; i++)
        {
            Assert.Equal(i, (int)values[i]);
        }
    }
}
