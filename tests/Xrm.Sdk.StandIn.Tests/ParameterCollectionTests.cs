using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace Xrm.Sdk.StandIn.Tests;

public sealed class ParameterCollectionTests
{
    [Fact]
    public void TypedTryGetValue_MatchingType()
    {
        var target = new Entity("cor_meeting");
        var parameters = new ParameterCollection { { "Target", target } };

        Assert.True(parameters.TryGetValue("Target", out Entity found));
        Assert.Same(target, found);
    }

    [Fact]
    public void TypedTryGetValue_OtherType()
    {
        var parameters = new ParameterCollection { { "Target", new EntityReference("cor_meeting") } };

        Assert.False(parameters.TryGetValue("Target", out Entity found));
        Assert.Null(found);
    }

    [Fact]
    public void TypedTryGetValue_MissingOrNull()
    {
        var parameters = new ParameterCollection { { "Target", null! } };

        Assert.False(parameters.TryGetValue("Target", out Entity _));
        Assert.False(parameters.TryGetValue("Targets", out EntityCollection _));
    }

    [Fact]
    public void AddOrUpdateIfNotNull_SkipsNull()
    {
        var parameters = new ParameterCollection();

        parameters.AddOrUpdateIfNotNull("Target", null!);
        parameters.AddOrUpdateIfNotNull("id", 1);
        parameters.AddOrUpdateIfNotNull("id", 2);

        Assert.False(parameters.Contains("Target"));
        Assert.Equal(2, parameters["id"]);
    }

    [Fact]
    public void Indexer_MissingKey_Throws()
    {
        var parameters = new ParameterCollection();

        Assert.Throws<KeyNotFoundException>(() => parameters["Target"]);
    }

    [Fact]
    public void Add_DuplicateKey_Throws()
    {
        var parameters = new ParameterCollection { { "Target", 1 } };

        Assert.Throws<System.ArgumentException>(() => parameters.Add("Target", 2));
    }
}
