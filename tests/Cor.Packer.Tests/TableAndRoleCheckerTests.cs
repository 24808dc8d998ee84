using System.Linq;
using System.Xml.Linq;
using Cor.Packer.Checks;
using Xunit;

namespace Cor.Packer.Tests;

public sealed class TableAndRoleCheckerTests
{
    private const string RolePath = "Roles/COR fixture role.xml";

    [Fact]
    public void Table_TextLengthNotTwiceMax()
    {
        var fixture = FixtureSolution.Create();
        fixture.EditXml(FixtureSolution.EntityPath, entity => entity.Descendants("Length").Single().Value = "100");

        var report = SolutionChecker.CheckFolder(fixture.Options);

        CheckAssert.Reports(report, "cor-table", FixtureSolution.EntityPath,
            "attribute[@PhysicalName='cor_name']/Length",
            "<Length>200</Length>");
    }

    [Fact]
    public void Table_NoPrimaryNameColumn()
    {
        var fixture = FixtureSolution.Create();
        fixture.EditXml(FixtureSolution.EntityPath, entity => entity.Descendants("DisplayMask").Remove());

        var report = SolutionChecker.CheckFolder(fixture.Options);

        CheckAssert.Reports(report, "cor-table", FixtureSolution.EntityPath, "attributes", "PrimaryName");
    }

    [Fact]
    public void Table_LookupWithoutRelationship()
    {
        var fixture = FixtureSolution.Create();
        fixture.EditXml("Other/Relationships/SystemUser.xml", root => root.Elements("EntityRelationship")
            .Single(relationship => relationship.Attribute("Name")!.Value == "cor_systemuser_meeting_organizer")
            .Element("ReferencingAttributeName")!.Value = "cor_copresenterid");

        var report = SolutionChecker.CheckFolder(fixture.Options);

        CheckAssert.Reports(report, "cor-table", FixtureSolution.EntityPath,
            "attribute[@PhysicalName='cor_organizerid']",
            "OneToMany <EntityRelationship>");
    }

    [Fact]
    public void Table_UserOwnedMissingSystemColumn()
    {
        var fixture = FixtureSolution.Create();
        fixture.EditXml(FixtureSolution.EntityPath, entity => entity.Descendants("attribute")
            .Single(column => column.Attribute("PhysicalName")!.Value == "OwningTeam").Remove());

        var report = SolutionChecker.CheckFolder(fixture.Options);

        var diagnostic = CheckAssert.Reports(report, "cor-table", FixtureSolution.EntityPath, "attributes",
            "Copy the column");
        Assert.Contains("owningteam", diagnostic.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Table_UserOwnedMissingSystemRelationship()
    {
        var fixture = FixtureSolution.Create();
        System.IO.File.Delete(fixture.PathOf("Other/Relationships/Team.xml"));

        var report = SolutionChecker.CheckFolder(fixture.Options);

        CheckAssert.Reports(report, "cor-table", FixtureSolution.EntityPath, "Entity", "team_cor_meeting");
    }

    [Fact]
    public void Transition_UnknownStatusReason()
    {
        var fixture = FixtureSolution.Create();
        fixture.EditXml(FixtureSolution.EntityPath, entity =>
        {
            entity.Descendants("OwnershipTypeMask").Single().AddAfterSelf(new XElement("EnforceStateTransitions", "1"));
            entity.Descendants("status").First().SetAttributeValue("TransitionData",
                "<allowedtransitions xmlns=\"http://schemas.microsoft.com/crm/2009/WebServices\">" +
                "<allowedtransition sourcestatusid=\"1\" tostatusid=\"107350009\" /></allowedtransitions>");
        });

        var report = SolutionChecker.CheckFolder(fixture.Options);

        var diagnostic = CheckAssert.Reports(report, "cor-status-transition", FixtureSolution.EntityPath,
            "status[@value='1']/@TransitionData", "<allowedtransitions>");
        Assert.Contains("107350009", diagnostic.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Transition_ValidDataAccepted()
    {
        var fixture = FixtureSolution.Create();
        fixture.EditXml(FixtureSolution.EntityPath, entity =>
        {
            entity.Descendants("OwnershipTypeMask").Single().AddAfterSelf(new XElement("EnforceStateTransitions", "1"));
            entity.Descendants("status").First().SetAttributeValue("TransitionData",
                "<allowedtransitions xmlns=\"http://schemas.microsoft.com/crm/2009/WebServices\">" +
                "<allowedtransition sourcestatusid=\"1\" tostatusid=\"107350001\" /></allowedtransitions>");
        });

        CheckAssert.Passes(SolutionChecker.CheckFolder(fixture.Options));
    }

    [Fact]
    public void Role_PrivilegeOnUnknownTable()
    {
        var fixture = FixtureSolution.Create();
        fixture.EditXml(RolePath, role =>
            role.Descendants("RolePrivilege").Single().SetAttributeValue("name", "prvReadcor_Meeting"));

        var report = SolutionChecker.CheckFolder(fixture.Options);

        CheckAssert.Reports(report, "cor-role", RolePath, "RolePrivilege[@name='prvReadcor_Meeting']",
            "exact schema name");
    }

    [Fact]
    public void Role_InvalidLevel()
    {
        var fixture = FixtureSolution.Create();
        fixture.EditXml(RolePath, role => role.Descendants("RolePrivilege").Single().SetAttributeValue("level",
            "Team"));

        var report = SolutionChecker.CheckFolder(fixture.Options);

        CheckAssert.Reports(report, "cor-role", RolePath, "/@level", "Global (organization)");
    }

    [Fact]
    public void Role_SystemTablePrivilegeAccepted()
    {
        var fixture = FixtureSolution.Create();
        fixture.EditXml(RolePath, role => role.Element("RolePrivileges")!.Add(
            new XElement("RolePrivilege", new XAttribute("name", "prvAppendToUser"), new XAttribute("level",
                "Global"))));

        CheckAssert.Passes(SolutionChecker.CheckFolder(fixture.Options));
    }

    [Fact]
    public void CustomApi_UnknownPluginType()
    {
        var fixture = FixtureSolution.Create();
        fixture.EditXml("customapis/cor_CloseMeeting/customapi.xml", api => api.Element("name")!.AddAfterSelf(
            new XElement("plugintypeid", new XElement("plugintypeexportkey", "d6723568-00c3-4650-a25b-1f33690e04fb"))));

        var report = SolutionChecker.CheckFolder(fixture.Options);

        CheckAssert.Reports(report, "cor-custom-api", "customapis/cor_CloseMeeting/customapi.xml",
            "customapi/plugintypeid",
            "PluginTypeId of the plugin type");
    }

    [Fact]
    public void CustomApi_KnownPluginTypeAccepted()
    {
        var fixture = FixtureSolution.Create();
        fixture.EditXml("customapis/cor_CloseMeeting/customapi.xml", api => api.Element("name")!.AddAfterSelf(
            new XElement("plugintypeid", new XElement("plugintypeexportkey", "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"))));

        CheckAssert.Passes(SolutionChecker.CheckFolder(fixture.Options));
    }
}
