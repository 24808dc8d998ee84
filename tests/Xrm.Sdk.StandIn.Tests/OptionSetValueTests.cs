using Microsoft.Xrm.Sdk;
using Xunit;

namespace Xrm.Sdk.StandIn.Tests;

public sealed class OptionSetValueTests
{
    [Fact]
    public void Equals_ComparesValue()
    {
        Assert.Equal(new OptionSetValue(107350001), new OptionSetValue(107350001));
        Assert.NotEqual(new OptionSetValue(107350001), new OptionSetValue(107350002));
        Assert.Equal(new OptionSetValue(2).GetHashCode(), new OptionSetValue(2).GetHashCode());
    }

    [Fact]
    public void Equals_OtherType_False()
    {
        Assert.False(new OptionSetValue(1).Equals(1));
    }

    [Fact]
    public void Collection_WrapsList()
    {
        var values = new OptionSetValueCollection(new[] { new OptionSetValue(1), new OptionSetValue(2) });

        Assert.Equal(2, values.Count);
        Assert.Contains(new OptionSetValue(2), values);
    }
}
