using System;
using Cor.Emulator.Tests.Plugins;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace Cor.Emulator.Tests;

public sealed class AssignPolicyTests : IDisposable
{
    private readonly DataverseEmulator _emulator = TestEmulator.Start();
    private readonly Guid _salesUser;
    private readonly Guid _supportUser;
    private readonly Guid _salesTeamUser;

    public AssignPolicyTests()
    {
        var root = new EntityReference("businessunit", _emulator.RootBusinessUnitId);
        var sales = _emulator.Service.Create(new Entity("businessunit") { ["name"] = "Sales", ["parentbusinessunitid"] = root });
        var salesTeam = _emulator.Service.Create(new Entity("businessunit")
        {
            ["name"] = "Sales team A",
            ["parentbusinessunitid"] = new EntityReference("businessunit", sales),
        });
        var support = _emulator.Service.Create(new Entity("businessunit") { ["name"] = "Support", ["parentbusinessunitid"] = root });
        _salesUser = User("Sales", sales);
        _salesTeamUser = User("Sales A", salesTeam);
        _supportUser = User("Support", support);
    }

    public void Dispose() => _emulator.Dispose();

    [Fact]
    public void Assign_ToUserInChildUnitIsAllowed()
    {
        var id = _emulator.CreateService(_salesUser).Create(Widget(_salesTeamUser));

        var widget = _emulator.Service.Retrieve("test_widget", id, new ColumnSet("ownerid"));
        Assert.Equal(_salesTeamUser, widget.GetAttributeValue<EntityReference>("ownerid").Id);
    }

    [Fact]
    public void Assign_ToUserInOtherUnitIsRejected()
    {
        var error = Assert.Throws<DataverseFaultException>(
            () => _emulator.CreateService(_salesUser).Create(Widget(_supportUser)));

        Assert.Contains($"cannot assign a 'test_widget' record to systemuser (Id={_supportUser})", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Assign_ToUserInParentUnitIsRejected()
    {
        Assert.Throws<DataverseFaultException>(() => _emulator.CreateService(_salesTeamUser).Create(Widget(_salesUser)));
    }

    [Fact]
    public void Assign_BySystemIsAllowed()
    {
        var id = _emulator.CreateService(null).Create(Widget(_supportUser));

        Assert.NotEqual(Guid.Empty, id);
    }

    [Fact]
    public void Plugin_CreatingRecordForUnreachableOwnerFails()
    {
        _emulator.RegisterStep(new PluginStepRegistration
        {
            PluginType = typeof(CreateOwnedPartPlugin),
            MessageName = "Create",
            PrimaryEntityName = "test_widget",
            Stage = PipelineStage.PostOperation,
            UnsecureConfiguration = _supportUser.ToString(),
        });

        var error = Assert.Throws<DataverseFaultException>(() => _emulator.CreateService(_salesUser).CreateWidget("Widget"));

        Assert.Contains("'test_part' record", error.Message, StringComparison.Ordinal);
        Assert.Empty(_emulator.Service.RetrieveMultiple(new QueryExpression("test_widget")).Entities);
    }

    private static Entity Widget(Guid ownerId) => new("test_widget")
    {
        ["test_name"] = "Owned",
        ["ownerid"] = new EntityReference("systemuser", ownerId),
    };

    private Guid User(string name, Guid businessUnitId) => _emulator.Service.Create(new Entity("systemuser")
    {
        ["lastname"] = name,
        ["businessunitid"] = new EntityReference("businessunit", businessUnitId),
    });
}
