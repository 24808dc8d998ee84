using System;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace Xrm.Sdk.StandIn.Tests;

public sealed class AssemblyIdentityTests
{
    [Fact]
    public void PublicKeyToken_IsMicrosofts()
    {
        var name = typeof(Entity).Assembly.GetName();

        Assert.Equal("31bf3856ad364e35", Convert.ToHexString(name.GetPublicKeyToken()!).ToLowerInvariant());
    }

    [Fact]
    public void NameAndVersion_MatchSdk()
    {
        var name = typeof(Entity).Assembly.GetName();

        Assert.Equal("Microsoft.Xrm.Sdk", name.Name);
        Assert.Equal(new Version(9, 0, 0, 0), name.Version);
    }

    [Fact]
    public void PublicKey_Is160Bytes()
    {
        var key = typeof(Entity).Assembly.GetName().GetPublicKey();

        Assert.NotNull(key);
        Assert.Equal(160, key.Length);
    }
}
