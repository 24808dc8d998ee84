using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace Xrm.Sdk.StandIn.Tests;

public sealed class MessageViewTests
{
    public static TheoryData<OrganizationRequest, string> RequestNames => new()
    {
        { new CreateRequest(), "Create" },
        { new UpdateRequest(), "Update" },
        { new DeleteRequest(), "Delete" },
        { new RetrieveRequest(), "Retrieve" },
        { new RetrieveMultipleRequest(), "RetrieveMultiple" },
        { new ExecuteMultipleRequest(), "ExecuteMultiple" },
        { new ExecuteTransactionRequest(), "ExecuteTransaction" },
        { new UpsertRequest(), "Upsert" },
        { new AssociateRequest(), "Associate" },
        { new DisassociateRequest(), "Disassociate" },
        { new CreateMultipleRequest(), "CreateMultiple" },
        { new UpdateMultipleRequest(), "UpdateMultiple" },
    };

    [Theory]
    [MemberData(nameof(RequestNames))]
    public void Request_HasMessageName(OrganizationRequest request, string expected)
    {
        Assert.Equal(expected, request.RequestName);
    }

    [Fact]
    public void CreateRequest_TargetIsParameter()
    {
        var target = new Entity("cor_meeting");

        var request = new CreateRequest { Target = target };

        Assert.Same(target, request.Parameters["Target"]);
        Assert.Same(target, request["Target"]);
    }

    [Fact]
    public void CreateRequest_ReadsParameter()
    {
        var target = new Entity("cor_meeting");
        var request = new CreateRequest();

        request.Parameters["Target"] = target;

        Assert.Same(target, request.Target);
    }

    [Fact]
    public void Request_MissingParameter_ReturnsDefault()
    {
        var request = new UpdateRequest();

        Assert.Null(request.Target);
        Assert.Equal(ConcurrencyBehavior.Default, request.ConcurrencyBehavior);
        Assert.Null(new ExecuteTransactionRequest().ReturnResponses);
    }

    [Fact]
    public void CreateResponse_ReadsLowerCaseId()
    {
        var id = Guid.NewGuid();
        var response = new CreateResponse();

        response.Results["id"] = id;

        Assert.Equal(id, response.id);
    }

    [Fact]
    public void UpdateRequest_ConcurrencyIsParameter()
    {
        var request = new UpdateRequest { ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches };

        Assert.Equal(ConcurrencyBehavior.IfRowVersionMatches, request.Parameters["ConcurrencyBehavior"]);
    }

    [Fact]
    public void RetrieveRequest_UsesPropertyNames()
    {
        var request = new RetrieveRequest
        {
            Target = new EntityReference("cor_meeting", Guid.NewGuid()),
            ColumnSet = new ColumnSet("cor_name"),
            RelatedEntitiesQuery = new RelationshipQueryCollection(),
        };

        Assert.Same(request.Target, request.Parameters["Target"]);
        Assert.Same(request.ColumnSet, request.Parameters["ColumnSet"]);
        Assert.Same(request.RelatedEntitiesQuery, request.Parameters["RelatedEntitiesQuery"]);
    }

    [Fact]
    public void RetrieveResponses_ReadResultKeys()
    {
        var entity = new Entity("cor_meeting");
        var page = new EntityCollection();
        var single = new RetrieveResponse();
        var multiple = new RetrieveMultipleResponse();

        single.Results["Entity"] = entity;
        multiple.Results["EntityCollection"] = page;

        Assert.Same(entity, single.Entity);
        Assert.Same(page, multiple.EntityCollection);
    }

    [Fact]
    public void RetrieveMultipleRequest_QueryIsParameter()
    {
        var query = new QueryExpression("cor_meeting");

        var request = new RetrieveMultipleRequest { Query = query };

        Assert.Same(query, request.Parameters["Query"]);
    }

    [Fact]
    public void BulkRequests_UseTargetsKey()
    {
        var targets = new EntityCollection { EntityName = "cor_kpi" };

        var create = new CreateMultipleRequest { Targets = targets };
        var update = new UpdateMultipleRequest { Targets = targets };

        Assert.Same(targets, create.Parameters["Targets"]);
        Assert.Same(targets, update.Parameters["Targets"]);
    }

    [Fact]
    public void CreateMultipleResponse_ReadsIds()
    {
        var ids = new[] { Guid.NewGuid(), Guid.NewGuid() };
        var response = new CreateMultipleResponse();

        response.Results["Ids"] = ids;

        Assert.Same(ids, response.Ids);
    }

    [Fact]
    public void ExecuteMultiple_UsesRequestsAndSettings()
    {
        var settings = new ExecuteMultipleSettings { ContinueOnError = true };
        var requests = new OrganizationRequestCollection();
        var request = new ExecuteMultipleRequest { Requests = requests, Settings = settings };
        var response = new ExecuteMultipleResponse();

        response.Results["IsFaulted"] = true;

        Assert.Same(settings, request.Parameters["Settings"]);
        Assert.Same(requests, request.Parameters["Requests"]);
        Assert.True(response.IsFaulted);
    }

    [Fact]
    public void UpsertResponse_ReadsResults()
    {
        var target = new EntityReference("account", Guid.NewGuid());
        var response = new UpsertResponse();

        response.Results["RecordCreated"] = true;
        response.Results["Target"] = target;

        Assert.True(response.RecordCreated);
        Assert.Same(target, response.Target);
    }

    [Fact]
    public void AssociateRequest_UsesPropertyNames()
    {
        var request = new AssociateRequest
        {
            Target = new EntityReference("cor_meeting", Guid.NewGuid()),
            Relationship = new Relationship("cor_meeting_contact"),
            RelatedEntities = new EntityReferenceCollection(),
        };

        Assert.Same(request.Relationship, request.Parameters["Relationship"]);
        Assert.Same(request.RelatedEntities, request.Parameters["RelatedEntities"]);
    }

    [Fact]
    public void Response_WrongType_ThrowsInvalidCast()
    {
        var response = new CreateResponse();

        response.Results["id"] = "not a guid";

        Assert.Throws<InvalidCastException>(() => response.id);
    }
}
