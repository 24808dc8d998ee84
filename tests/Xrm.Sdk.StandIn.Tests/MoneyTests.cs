using Microsoft.Xrm.Sdk;
using Xunit;

namespace Xrm.Sdk.StandIn.Tests;

public sealed class MoneyTests
{
    [Fact]
    public void Equals_ComparesValue()
    {
        Assert.Equal(new Money(12.50m), new Money(12.5m));
        Assert.NotEqual(new Money(12.50m), new Money(12.51m));
        Assert.Equal(new Money(12.50m).GetHashCode(), new Money(12.5m).GetHashCode());
    }

    [Fact]
    public void Equals_OtherType_False()
    {
        Assert.False(new Money(1m).Equals(1m));
    }
}
