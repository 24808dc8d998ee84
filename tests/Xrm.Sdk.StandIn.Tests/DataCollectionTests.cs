using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace Xrm.Sdk.StandIn.Tests;

public sealed class DataCollectionTests
{
    [Fact]
    public void KeyedSetter_AddsOrReplaces()
    {
        var attributes = new AttributeCollection();

        attributes["cor_rank"] = 1;
        attributes["cor_rank"] = 2;

        Assert.Equal(2, attributes["cor_rank"]);
        Assert.Equal(1, attributes.Count);
    }

    [Fact]
    public void KeyedAddRange_AddsEachPair()
    {
        var attributes = new AttributeCollection();

        attributes.AddRange(
            new KeyValuePair<string, object>("cor_rank", 1),
            new KeyValuePair<string, object>("cor_description", "Adoption"));

        Assert.Equal(new[] { "cor_rank", "cor_description" }, attributes.Keys);
        Assert.True(attributes.Contains(new KeyValuePair<string, object>("cor_rank", 1)));
    }

    [Fact]
    public void KeyedTryGetValue_MissingKey_ReturnsFalse()
    {
        var images = new EntityImageCollection();

        Assert.False(images.TryGetValue("PreImage", out var image));
        Assert.Null(image);
    }

    [Fact]
    public void KeyedRemove_ReportsWhetherRemoved()
    {
        var values = new FormattedValueCollection { { "statuscode", "Planned" } };

        Assert.True(values.Remove("statuscode"));
        Assert.False(values.Remove("statuscode"));
        Assert.Empty(values);
    }

    [Fact]
    public void ListAddRange_AppendsInOrder()
    {
        var references = new EntityReferenceCollection();

        references.AddRange(new EntityReference("contact"), new EntityReference("systemuser"));

        Assert.Equal(
            new[] { "contact", "systemuser" },
            System.Linq.Enumerable.Select(references.ToArray(), r => r.LogicalName));
    }

    [Fact]
    public void EntityCollection_IndexerReadsEntities()
    {
        var first = new Entity("cor_kpi");
        var page = new EntityCollection(new List<Entity> { first });

        Assert.Same(first, page[0]);
        Assert.Same(first, page.Entities[0]);
    }
}
