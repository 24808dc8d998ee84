using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace Cor.Emulator.Tests;

public sealed class BatchRequestTests
{
    [Fact]
    public void ExecuteTransaction_RollsBackAllOnFailure()
    {
        using var emulator = TestEmulator.Start();
        var request = new ExecuteTransactionRequest
        {
            Requests = new OrganizationRequestCollection
            {
                new CreateRequest { Target = new Entity("test_widget") { ["test_name"] = "First" } },
                new UpdateRequest { Target = new Entity("test_widget", Guid.NewGuid()) { ["test_name"] = "Missing" } },
            },
        };

        Assert.Throws<DataverseFaultException>(() => emulator.Service.Execute(request));

        Assert.Empty(emulator.Service.RetrieveMultiple(new QueryExpression("test_widget")).Entities);
    }

    [Fact]
    public void ExecuteTransaction_ReturnsResponses()
    {
        using var emulator = TestEmulator.Start();
        var request = new ExecuteTransactionRequest
        {
            Requests = new OrganizationRequestCollection
            {
                new CreateRequest { Target = new Entity("test_widget") { ["test_name"] = "One" } },
                new CreateRequest { Target = new Entity("test_widget") { ["test_name"] = "Two" } },
            },
            ReturnResponses = true,
        };

        var response = (ExecuteTransactionResponse)emulator.Service.Execute(request);

        Assert.Equal(2, response.Responses.Count);
        Assert.Equal(2, emulator.Service.RetrieveMultiple(new QueryExpression("test_widget")).Entities.Count);
    }

    [Fact]
    public void ExecuteMultiple_ContinuesOnErrorWhenAsked()
    {
        using var emulator = TestEmulator.Start();
        var request = new ExecuteMultipleRequest
        {
            Requests = new OrganizationRequestCollection
            {
                new UpdateRequest { Target = new Entity("test_widget", Guid.NewGuid()) { ["test_name"] = "Missing" } },
                new CreateRequest { Target = new Entity("test_widget") { ["test_name"] = "Kept" } },
            },
            Settings = new ExecuteMultipleSettings { ContinueOnError = true, ReturnResponses = true },
        };

        var response = (ExecuteMultipleResponse)emulator.Service.Execute(request);

        Assert.True(response.IsFaulted);
        Assert.Equal(2, response.Responses.Count);
        Assert.Contains("Does Not Exist", response.Responses[0].Fault.Message, StringComparison.Ordinal);
        Assert.IsType<CreateResponse>(response.Responses[1].Response);
    }

    [Fact]
    public void ExecuteMultiple_StopsAtFirstErrorByDefault()
    {
        using var emulator = TestEmulator.Start();
        var request = new ExecuteMultipleRequest
        {
            Requests = new OrganizationRequestCollection
            {
                new UpdateRequest { Target = new Entity("test_widget", Guid.NewGuid()) { ["test_name"] = "Missing" } },
                new CreateRequest { Target = new Entity("test_widget") { ["test_name"] = "Skipped" } },
            },
            Settings = new ExecuteMultipleSettings(),
        };

        var response = (ExecuteMultipleResponse)emulator.Service.Execute(request);

        Assert.True(response.IsFaulted);
        Assert.Single(response.Responses);
        Assert.Empty(emulator.Service.RetrieveMultiple(new QueryExpression("test_widget")).Entities);
    }

    [Fact]
    public void Upsert_CreatesThenUpdates()
    {
        using var emulator = TestEmulator.Start();
        var id = Guid.NewGuid();

        var first = (UpsertResponse)emulator.Service.Execute(new UpsertRequest { Target = new Entity("test_widget", id) { ["test_quantity"] = 1 } });
        var second = (UpsertResponse)emulator.Service.Execute(new UpsertRequest { Target = new Entity("test_widget", id) { ["test_quantity"] = 2 } });

        Assert.True(first.RecordCreated);
        Assert.False(second.RecordCreated);
        Assert.Equal(new EntityReference("test_widget", id), second.Target);
        Assert.Equal(2, emulator.Service.Retrieve("test_widget", id, new ColumnSet("test_quantity"))["test_quantity"]);
    }

    [Fact]
    public void SetState_UpdatesStateColumns()
    {
        using var emulator = TestEmulator.Start();
        var id = emulator.Service.CreateWidget("Widget");

        emulator.Service.Execute(new OrganizationRequest("SetState")
        {
            ["EntityMoniker"] = new EntityReference("test_widget", id),
            ["State"] = new OptionSetValue(1),
            ["Status"] = new OptionSetValue(107350003),
        });

        var widget = emulator.Service.Retrieve("test_widget", id, new ColumnSet("statecode", "statuscode"));
        Assert.Equal(new OptionSetValue(1), widget["statecode"]);
        Assert.Equal(new OptionSetValue(107350003), widget["statuscode"]);
    }

    [Fact]
    public void Assign_ChangesOwner()
    {
        using var emulator = TestEmulator.Start();
        var id = emulator.Service.CreateWidget("Widget");
        var userId = emulator.Service.Create(new Entity("systemuser") { ["lastname"] = "New owner" });

        emulator.Service.Execute(new OrganizationRequest("Assign")
        {
            ["Target"] = new EntityReference("test_widget", id),
            ["Assignee"] = new EntityReference("systemuser", userId),
        });

        var widget = emulator.Service.Retrieve("test_widget", id, new ColumnSet("ownerid", "owninguser"));
        Assert.Equal(userId, widget.GetAttributeValue<EntityReference>("ownerid").Id);
        Assert.Equal(userId, widget.GetAttributeValue<EntityReference>("owninguser").Id);
    }

    [Fact]
    public void WhoAmI_ReturnsCaller()
    {
        using var emulator = TestEmulator.Start();

        var response = emulator.Service.Execute(new OrganizationRequest("WhoAmI"));

        Assert.Equal(emulator.CallerId, response.Results["UserId"]);
        Assert.Equal(emulator.RootBusinessUnitId, response.Results["BusinessUnitId"]);
        Assert.Equal(emulator.OrganizationId, response.Results["OrganizationId"]);
    }
}
