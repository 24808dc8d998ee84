using Cor.Rules.Decks;
using Xunit;

namespace Cor.Rules.Tests;

public class KpiProgressTests
{
    [Theory]
    [InlineData(10, 20, 15, 50)]
    [InlineData(10, 20, 10, 0)]
    [InlineData(10, 20, 20, 100)]
    [InlineData(10, 20, 25, 150)]
    [InlineData(10, 20, 5, -50)]
    [InlineData(100, 40, 70, 50)]
    [InlineData(0, 3, 1, 33.33)]
    public void Percent_FromBaselineToTarget(double baseline, double target, double current, double expected)
    {
        var percent = KpiProgress.ComputePercent((decimal)baseline, (decimal)target, (decimal)current);

        Assert.Equal((decimal)expected, percent);
    }

    [Fact]
    public void Percent_TargetEqualsBaseline_IsNull()
    {
        Assert.Null(KpiProgress.ComputePercent(5m, 5m, 7m));
    }

    [Fact]
    public void Percent_MissingValue_IsNull()
    {
        Assert.Null(KpiProgress.ComputePercent(5m, null, 7m));
        Assert.Null(KpiProgress.ComputePercent(null, 10m, 7m));
        Assert.Null(KpiProgress.ComputePercent(5m, 10m, null));
    }
}
