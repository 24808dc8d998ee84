using Cor.Rules.FollowUp;
using Xunit;

namespace Cor.Rules.Tests.FollowUp;

public class FeedbackRulesTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    [InlineData(10)]
    public void CheckScore_InRange_Passes(int score)
    {
        Assert.Null(FeedbackRules.CheckScore(score));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(11)]
    public void CheckScore_OutOfRange_NamesScoreAndRange(int score)
    {
        Assert.Equal(
            $"The feedback score {score} is out of range. Give a score from 0 (worst) to 10 (best).",
            FeedbackRules.CheckScore(score));
    }
}
