using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace Cor.Emulator.Tests;

public sealed class CrudTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Create_RoundTripsEveryColumnType()
    {
        using var emulator = TestEmulator.Start();
        var service = emulator.Service;
        var accountId = service.Create(new Entity("account") { ["name"] = "Contoso" });
        var due = new DateTime(2026, 4, 1, 14, 15, 30, DateTimeKind.Utc);
        var externalId = Guid.NewGuid();
        var id = service.Create(new Entity("test_widget")
        {
            ["test_count"] = 9_000_000_000L,
            ["test_externalid"] = externalId,
            ["test_name"] = "Widget",
            ["test_notes"] = "Line one\nLine two",
            ["test_quantity"] = 42,
            ["test_ratio"] = 12.375m,
            ["test_price"] = new Money(199.99m),
            ["test_score"] = 0.25d,
            ["test_duedate"] = due,
            ["test_isactive"] = false,
            ["test_category"] = new OptionSetValue(107350002),
            ["test_accountid"] = new EntityReference("account", accountId),
            ["test_customerid"] = new EntityReference("account", accountId),
        });

        var widget = service.Retrieve("test_widget", id, new ColumnSet(true));

        Assert.Equal(id, widget.Id);
        Assert.Equal("Widget", widget["test_name"]);
        Assert.Equal("Line one\nLine two", widget["test_notes"]);
        Assert.Equal(42, widget["test_quantity"]);
        Assert.Equal(12.375m, widget["test_ratio"]);
        Assert.Equal(new Money(199.99m), widget["test_price"]);
        Assert.Equal(0.25d, widget["test_score"]);
        Assert.Equal(due, widget["test_duedate"]);
        Assert.Equal(DateTimeKind.Utc, widget.GetAttributeValue<DateTime>("test_duedate").Kind);
        Assert.Equal(false, widget["test_isactive"]);
        Assert.Equal(new OptionSetValue(107350002), widget["test_category"]);
        Assert.Equal(new EntityReference("account", accountId), widget["test_accountid"]);
        Assert.Equal(new EntityReference("account", accountId), widget["test_customerid"]);
        Assert.Equal(9_000_000_000L, widget["test_count"]);
        Assert.Equal(externalId, widget["test_externalid"]);
    }

    [Fact]
    public void Customer_AcceptsContact()
    {
        using var emulator = TestEmulator.Start();
        var contactId = emulator.Service.Create(new Entity("contact") { ["lastname"] = "Smith" });

        var id = emulator.Service.Create(new Entity("test_widget") { ["test_customerid"] = new EntityReference("contact", contactId) });

        var widget = emulator.Service.Retrieve("test_widget", id, new ColumnSet("test_customerid"));
        Assert.Equal(new EntityReference("contact", contactId), widget["test_customerid"]);
    }

    [Fact]
    public void DateOnly_DropsTime()
    {
        using var emulator = TestEmulator.Start();

        var id = emulator.Service.Create(new Entity("test_widget") { ["test_shipdate"] = new DateTime(2026, 7, 3, 18, 45, 0, DateTimeKind.Utc) });

        var widget = emulator.Service.Retrieve("test_widget", id, new ColumnSet("test_shipdate"));
        Assert.Equal(new DateTime(2026, 7, 3, 0, 0, 0, DateTimeKind.Utc), widget["test_shipdate"]);
    }

    [Fact]
    public void Execute_TypedRetrieveRequest()
    {
        using var emulator = TestEmulator.Start();
        var id = emulator.Service.CreateWidget("Typed");

        var response = (Microsoft.Xrm.Sdk.Messages.RetrieveResponse)emulator.Service.Execute(new Microsoft.Xrm.Sdk.Messages.RetrieveRequest
        {
            Target = new EntityReference("test_widget", id),
            ColumnSet = new ColumnSet("test_name"),
        });

        Assert.Equal("Typed", response.Entity["test_name"]);
    }

    [Fact]
    public void Create_LocalTimeIsStoredAsUtc()
    {
        using var emulator = TestEmulator.Start();
        var local = new DateTime(2026, 6, 1, 12, 0, 0, DateTimeKind.Local);

        var id = emulator.Service.Create(new Entity("test_widget") { ["test_duedate"] = local });

        var widget = emulator.Service.Retrieve("test_widget", id, new ColumnSet("test_duedate"));
        Assert.Equal(local.ToUniversalTime(), widget["test_duedate"]);
    }

    [Fact]
    public void Create_SetsPlatformColumns()
    {
        using var emulator = TestEmulator.Start(new FixedClock(Now));
        var id = emulator.Service.CreateWidget("Widget");

        var widget = emulator.Service.Retrieve("test_widget", id, new ColumnSet(true));

        Assert.Equal(Now.UtcDateTime, widget["createdon"]);
        Assert.Equal(Now.UtcDateTime, widget["modifiedon"]);
        Assert.Equal(emulator.CallerId, widget.GetAttributeValue<EntityReference>("createdby").Id);
        Assert.Equal(emulator.CallerId, widget.GetAttributeValue<EntityReference>("modifiedby").Id);
        Assert.Equal(new EntityReference("systemuser", emulator.CallerId), widget["ownerid"]);
        Assert.Equal(emulator.RootBusinessUnitId, widget.GetAttributeValue<EntityReference>("owningbusinessunit").Id);
        Assert.Equal(new OptionSetValue(0), widget["statecode"]);
        Assert.Equal(new OptionSetValue(1), widget["statuscode"]);
        Assert.Equal(true, widget["test_isactive"]);
    }

    [Fact]
    public void Create_UsesGivenId()
    {
        using var emulator = TestEmulator.Start();
        var id = Guid.NewGuid();

        var created = emulator.Service.Create(new Entity("test_widget", id) { ["test_name"] = "Widget" });

        Assert.Equal(id, created);
    }

    [Fact]
    public void Create_DuplicateIdIsRejected()
    {
        using var emulator = TestEmulator.Start();
        var id = emulator.Service.CreateWidget("First");

        var error = Assert.Throws<DataverseFaultException>(
            () => emulator.Service.Create(new Entity("test_widget", id) { ["test_name"] = "Second" }));

        Assert.Contains("duplicate key", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_DoesNotChangeCallerEntity()
    {
        using var emulator = TestEmulator.Start();
        var widget = new Entity("test_widget") { ["test_name"] = "Widget" };

        emulator.Service.Create(widget);

        Assert.Equal(Guid.Empty, widget.Id);
        Assert.False(widget.Contains("createdon"));
    }

    [Fact]
    public void Create_StatusReasonSetsItsState()
    {
        using var emulator = TestEmulator.Start();
        var id = emulator.Service.Create(new Entity("test_widget")
        {
            ["test_name"] = "Done",
            ["statuscode"] = new OptionSetValue(107350003),
        });

        var widget = emulator.Service.Retrieve("test_widget", id, new ColumnSet("statecode", "statuscode"));

        Assert.Equal(new OptionSetValue(1), widget["statecode"]);
        Assert.Equal(new OptionSetValue(107350003), widget["statuscode"]);
    }

    [Fact]
    public void Update_ChangesOnlySubmittedColumns()
    {
        var clock = new FixedClock(Now);
        using var emulator = TestEmulator.Start(clock);
        var id = emulator.Service.CreateWidget("Widget", quantity: 5);
        clock.Now = Now.AddHours(1);

        emulator.Service.Update(new Entity("test_widget", id) { ["test_quantity"] = 6 });

        var widget = emulator.Service.Retrieve("test_widget", id, new ColumnSet(true));
        Assert.Equal("Widget", widget["test_name"]);
        Assert.Equal(6, widget["test_quantity"]);
        Assert.Equal(Now.UtcDateTime, widget["createdon"]);
        Assert.Equal(Now.AddHours(1).UtcDateTime, widget["modifiedon"]);
    }

    [Fact]
    public void Update_NullClearsColumn()
    {
        using var emulator = TestEmulator.Start();
        var id = emulator.Service.CreateWidget("Widget", quantity: 5);

        emulator.Service.Update(new Entity("test_widget", id) { ["test_quantity"] = null! });

        var widget = emulator.Service.Retrieve("test_widget", id, new ColumnSet("test_quantity"));
        Assert.False(widget.Contains("test_quantity"));
    }

    [Fact]
    public void Update_StateSetsDefaultStatus()
    {
        using var emulator = TestEmulator.Start();
        var id = emulator.Service.CreateWidget("Widget");

        emulator.Service.Update(new Entity("test_widget", id) { ["statecode"] = new OptionSetValue(1) });

        var widget = emulator.Service.Retrieve("test_widget", id, new ColumnSet("statuscode"));
        Assert.Equal(new OptionSetValue(2), widget["statuscode"]);
    }

    [Fact]
    public void Update_MissingRecordIsNotFound()
    {
        using var emulator = TestEmulator.Start();
        var id = Guid.NewGuid();

        var error = Assert.Throws<DataverseFaultException>(
            () => emulator.Service.Update(new Entity("test_widget", id) { ["test_quantity"] = 1 }));

        Assert.Equal($"test_widget With Id = {id} Does Not Exist", error.Message);
        Assert.Equal(DataverseFaultException.ObjectDoesNotExist, error.ErrorCode);
    }

    [Fact]
    public void Update_TargetOfWrongTypeIsNamed()
    {
        using var emulator = TestEmulator.Start();
        var request = new OrganizationRequest("Update") { ["Target"] = new EntityReference("test_widget", Guid.NewGuid()) };

        var error = Assert.Throws<DataverseFaultException>(() => emulator.Service.Execute(request));

        Assert.Equal("Update request parameter 'Target' must be an Entity, but it is an EntityReference.", error.Message);
        Assert.Equal(DataverseFaultException.Unspecified, error.ErrorCode);
    }

    [Fact]
    public void Delete_RemovesRecord()
    {
        using var emulator = TestEmulator.Start();
        var id = emulator.Service.CreateWidget("Widget");

        emulator.Service.Delete("test_widget", id);

        var error = Assert.Throws<DataverseFaultException>(
            () => emulator.Service.Retrieve("test_widget", id, new ColumnSet(true)));
        Assert.Equal($"test_widget With Id = {id} Does Not Exist", error.Message);
    }

    [Fact]
    public void Delete_MissingRecordIsNotFound()
    {
        using var emulator = TestEmulator.Start();
        var id = Guid.NewGuid();

        var error = Assert.Throws<DataverseFaultException>(() => emulator.Service.Delete("test_widget", id));

        Assert.Equal($"test_widget With Id = {id} Does Not Exist", error.Message);
    }

    [Fact]
    public void Retrieve_ReturnsOnlyRequestedColumns()
    {
        using var emulator = TestEmulator.Start();
        var id = emulator.Service.CreateWidget("Widget", quantity: 3);

        var widget = emulator.Service.Retrieve("test_widget", id, new ColumnSet("test_quantity"));

        Assert.Equal(3, widget["test_quantity"]);
        Assert.False(widget.Contains("test_name"));
        Assert.Equal(id, widget["test_widgetid"]);
    }

    [Fact]
    public void Retrieve_FillsLookupNames()
    {
        using var emulator = TestEmulator.Start();
        var accountId = emulator.Service.Create(new Entity("account") { ["name"] = "Contoso" });
        var id = emulator.Service.Create(new Entity("test_widget") { ["test_accountid"] = new EntityReference("account", accountId) });

        var widget = emulator.Service.Retrieve("test_widget", id, new ColumnSet("test_accountid", "ownerid"));

        Assert.Equal("Contoso", widget.GetAttributeValue<EntityReference>("test_accountid").Name);
        Assert.Equal("Emulator Administrator", widget.GetAttributeValue<EntityReference>("ownerid").Name);
    }

    [Fact]
    public void Service_SerializesParallelCalls()
    {
        using var emulator = TestEmulator.Start();

        System.Threading.Tasks.Parallel.For(0, 40, i => emulator.Service.CreateWidget("Widget " + i, quantity: i));

        Assert.Equal(40, emulator.Service.RetrieveMultiple(new QueryExpression("test_widget")).Entities.Count);
    }

    [Fact]
    public void Contact_FullNameJoinsNames()
    {
        using var emulator = TestEmulator.Start();
        var id = emulator.Service.Create(new Entity("contact") { ["firstname"] = "Ada", ["lastname"] = "Lovelace" });
        emulator.Service.Update(new Entity("contact", id) { ["lastname"] = "King" });

        var contact = emulator.Service.Retrieve("contact", id, new ColumnSet("fullname"));

        Assert.Equal("Ada King", contact["fullname"]);
    }

    [Fact]
    public void CreateService_CallsAsGivenUser()
    {
        using var emulator = TestEmulator.Start();
        var userId = emulator.Service.Create(new Entity("systemuser") { ["lastname"] = "Planner" });

        var id = emulator.CreateService(userId).CreateWidget("Widget");

        var widget = emulator.Service.Retrieve("test_widget", id, new ColumnSet("ownerid", "createdby"));
        Assert.Equal(userId, widget.GetAttributeValue<EntityReference>("ownerid").Id);
        Assert.Equal(userId, widget.GetAttributeValue<EntityReference>("createdby").Id);
    }
}
