using System;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace Xrm.Sdk.StandIn.Tests;

public sealed class EntityReferenceTests
{
    private static readonly Guid AccountId = new("0a6c2b1e-7d3f-4e59-8c21-9b4d5e6f7a80");

    [Fact]
    public void Equals_SameNameAndId_True()
    {
        var left = new EntityReference("account", AccountId) { Name = "Contoso" };
        var right = new EntityReference("account", AccountId);

        Assert.Equal(left, right);
        Assert.Equal(left.GetHashCode(), right.GetHashCode());
    }

    [Fact]
    public void Equals_OtherId_False()
    {
        var left = new EntityReference("account", AccountId);
        var right = new EntityReference("account", Guid.NewGuid());

        Assert.NotEqual(left, right);
    }

    [Fact]
    public void Equals_NameDiffersInCase_False()
    {
        var left = new EntityReference("account", AccountId);
        var right = new EntityReference("Account", AccountId);

        Assert.NotEqual(left, right);
    }

    [Fact]
    public void Equals_ComparesKeyAttributes()
    {
        var left = new EntityReference("account", "accountnumber", "ACME-001");
        var same = new EntityReference("account", "accountnumber", "ACME-001");
        var other = new EntityReference("account", "accountnumber", "ACME-002");

        Assert.Equal(left, same);
        Assert.NotEqual(left, other);
        Assert.NotEqual(left, new EntityReference("account"));
    }

    [Fact]
    public void Equals_Null_False()
    {
        var reference = new EntityReference("account", AccountId);

        Assert.False(reference.Equals(null));
    }
}
