using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Client;
using Xunit;

namespace Xrm.Sdk.StandIn.Tests;

public sealed class EntityTests
{
    private static readonly Guid MeetingId = new("6d1f7c0e-52a4-4a8e-9b0f-2f4c1d3e5a61");

    [Fact]
    public void Indexer_MissingKey_Throws()
    {
        var entity = new Entity("cor_meeting");

        Assert.Throws<KeyNotFoundException>(() => entity["cor_name"]);
    }

    [Fact]
    public void Indexer_IsCaseSensitive()
    {
        var entity = new Entity("cor_meeting") { ["cor_name"] = "Q3 review" };

        Assert.Equal("Q3 review", entity["cor_name"]);
        Assert.Throws<KeyNotFoundException>(() => entity["COR_NAME"]);
        Assert.False(entity.Contains("Cor_Name"));
    }

    [Fact]
    public void Indexer_SetterWritesAttributes()
    {
        var entity = new Entity("cor_meeting");

        entity["cor_durationminutes"] = 45;

        Assert.Equal(45, entity.Attributes["cor_durationminutes"]);
    }

    [Fact]
    public void GetAttributeValue_MissingOrNull_ReturnsDefault()
    {
        var entity = new Entity("cor_meeting") { ["cor_summary"] = null! };

        Assert.Equal(0, entity.GetAttributeValue<int>("cor_durationminutes"));
        Assert.Null(entity.GetAttributeValue<int?>("cor_durationminutes"));
        Assert.Null(entity.GetAttributeValue<string>("cor_summary"));
        Assert.Equal(default, entity.GetAttributeValue<DateTime>("cor_summary"));
    }

    [Fact]
    public void GetAttributeValue_WrongType_ThrowsInvalidCast()
    {
        var entity = new Entity("cor_meeting") { ["cor_durationminutes"] = 45 };

        Assert.Throws<InvalidCastException>(() => entity.GetAttributeValue<string>("cor_durationminutes"));
        Assert.Throws<InvalidCastException>(() => entity.GetAttributeValue<long>("cor_durationminutes"));
    }

    [Fact]
    public void GetAttributeValue_EmptyName_ThrowsArgumentNull()
    {
        var entity = new Entity("cor_meeting");

        Assert.Throws<ArgumentNullException>(() => entity.GetAttributeValue<int>(string.Empty));
    }

    [Fact]
    public void TryGetAttributeValue_ChecksPresenceAndType()
    {
        var entity = new Entity("cor_meeting") { ["cor_durationminutes"] = 45 };

        Assert.True(entity.TryGetAttributeValue("cor_durationminutes", out int minutes));
        Assert.Equal(45, minutes);
        Assert.False(entity.TryGetAttributeValue("cor_durationminutes", out string _));
        Assert.False(entity.TryGetAttributeValue("cor_agenda", out string _));
    }

    [Fact]
    public void Contains_ReflectsAttributes()
    {
        var entity = new Entity("cor_meeting") { ["cor_agenda"] = null! };

        Assert.True(entity.Contains("cor_agenda"));
        Assert.False(entity.Contains("cor_summary"));
    }

    [Fact]
    public void Id_DoesNotAddPrimaryKeyAttribute()
    {
        var created = new Entity("cor_meeting", MeetingId);
        var assigned = new Entity("cor_meeting") { Id = MeetingId };

        Assert.Empty(created.Attributes);
        Assert.Empty(assigned.Attributes);
        Assert.False(assigned.Contains("cor_meetingid"));
    }

    [Fact]
    public void ToEntityReference_CopiesIdentity()
    {
        var entity = new Entity("cor_meeting", MeetingId) { RowVersion = "1042" };

        var reference = entity.ToEntityReference();

        Assert.Equal("cor_meeting", reference.LogicalName);
        Assert.Equal(MeetingId, reference.Id);
        Assert.Equal("1042", reference.RowVersion);
    }

    [Fact]
    public void KeyConstructor_AddsKeyAttribute()
    {
        var entity = new Entity("account", "accountnumber", "ACME-001");

        Assert.Equal("ACME-001", entity.KeyAttributes["accountnumber"]);
        Assert.Equal(Guid.Empty, entity.Id);
        Assert.Empty(entity.Attributes);
    }

    [Fact]
    public void ToEntity_ProxyWithMatchingName_SharesAttributes()
    {
        var entity = new Entity("cor_meeting", MeetingId) { ["cor_name"] = "Q3 review" };

        var proxy = entity.ToEntity<MeetingProxy>();

        Assert.Equal(MeetingId, proxy.Id);
        Assert.Same(entity.Attributes, proxy.Attributes);
    }

    [Fact]
    public void ToEntity_ProxyWithOtherName_Throws()
    {
        var entity = new Entity("account", MeetingId);

        var error = Assert.Throws<NotSupportedException>(() => entity.ToEntity<MeetingProxy>());

        Assert.Contains("account", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToEntity_PlainEntity_ReturnsCopy()
    {
        var entity = new Entity("cor_meeting", MeetingId);

        var copy = entity.ToEntity<Entity>();

        Assert.NotSame(entity, copy);
        Assert.Equal(MeetingId, copy.Id);
    }

    [EntityLogicalName("cor_meeting")]
    private sealed class MeetingProxy : Entity
    {
    }
}
