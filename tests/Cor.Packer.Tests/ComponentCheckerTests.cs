using System.IO;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using Cor.Packer.Checks;
using Cor.Packer.Packing;
using Xunit;

namespace Cor.Packer.Tests;

public sealed class ComponentCheckerTests
{
    private const string ControlPath = "Controls/cor_Cor.JourneyMap/ControlManifest.xml.data.xml";
    private const string VariablePath = "environmentvariabledefinitions/cor_PlanningLeadDays/environmentvariabledefinition.xml";
    private const string ApiPath = "customapis/cor_CloseMeeting/customapi.xml";
    private const string PropertyPath =
        "customapis/cor_CloseMeeting/customapiresponseproperties/cor_ClosedOn/customapiresponseproperty.xml";

    [Fact]
    public void Control_MissingBundle()
    {
        var fixture = FixtureSolution.Create();
        File.Delete(Path.Combine(fixture.ControlOutput, "JourneyMap", "bundle.js"));

        var report = SolutionChecker.CheckFolder(fixture.Options);

        CheckAssert.Reports(report, "cor-pcf-control", ControlPath, "CustomControl", "--control-output");
    }

    [Fact]
    public void Control_ManifestNameMismatch()
    {
        var fixture = FixtureSolution.Create();
        var manifest = Path.Combine(fixture.ControlOutput, "JourneyMap", "ControlManifest.xml");
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace("constructor=\"JourneyMap\"",
            "constructor=\"Map\""));
        fixture.EditXml(ControlPath, control => control.Element("Name")!.Value = "cor_Cor.Map");

        var report = SolutionChecker.CheckFolder(fixture.Options);

        CheckAssert.Reports(report, "cor-pcf-control", ControlPath, "CustomControl/Name", "Controls/cor_Cor.Map/");
    }

    private const string WebResourceData = "WebResources/cor_/scripts/meeting.js.data.xml";

    [Fact]
    public void WebResource_PacksToFileName()
    {
        var fixture = WithWebResource("/WebResources/cor_scriptsmeetingjs0F1E2D3C-4B5A-4968-8776-655443322110");

        var result = SolutionPacker.Pack(fixture.Options, PackageKind.Unmanaged);

        CheckAssert.Passes(SolutionChecker.CheckFolder(fixture.Options));
        Assert.Contains(result.Entries, entry =>
            entry.Name == "WebResources/cor_scriptsmeetingjs0F1E2D3C-4B5A-4968-8776-655443322110");
    }

    [Fact]
    public void WebResource_FileNameNotExportForm()
    {
        var fixture = WithWebResource("/WebResources/meeting.js");

        var report = SolutionChecker.CheckFolder(fixture.Options);

        CheckAssert.Reports(report, "cor-web-resource", WebResourceData, "WebResource/FileName",
            "/WebResources/cor_scriptsmeetingjs0F1E2D3C-4B5A-4968-8776-655443322110");
    }

    private static FixtureSolution WithWebResource(string fileName)
    {
        var fixture = FixtureSolution.Create();
        fixture.Write("WebResources/cor_/scripts/meeting.js", "var meeting = {};");
        fixture.Write(WebResourceData, $$"""
            <WebResource>
              <WebResourceId>{0f1e2d3c-4b5a-4968-8776-655443322110}</WebResourceId>
              <Name>cor_/scripts/meeting.js</Name>
              <DisplayName>Meeting form script</DisplayName>
              <LanguageCode>0</LanguageCode>
              <WebResourceType>3</WebResourceType>
              <IsCustomizable>1</IsCustomizable>
              <FileName>{{fileName}}</FileName>
            </WebResource>
            """);
        fixture.EditXml(FixtureSolution.SolutionPath, root => root.Descendants("RootComponents").Single().Add(
            new XElement("RootComponent", new XAttribute("type", "61"),
                new XAttribute("schemaName", "cor_/scripts/meeting.js"), new XAttribute("behavior", "0"))));
        return fixture;
    }

    [Fact]
    public void Variable_NumberDefaultNotNumeric()
    {
        var fixture = FixtureSolution.Create();
        fixture.EditXml(VariablePath, variable => variable.Element("defaultvalue")!.Value = "two weeks");

        var report = SolutionChecker.CheckFolder(fixture.Options);

        CheckAssert.Reports(report, "cor-environment-variable", VariablePath,
            "environmentvariabledefinition/defaultvalue",
            "declared type");
    }

    [Fact]
    public void Variable_FolderDiffersFromSchemaName()
    {
        var fixture = FixtureSolution.Create();
        fixture.EditXml(VariablePath, variable => variable.SetAttributeValue("schemaname", "cor_PlanningDays"));

        var report = SolutionChecker.CheckFolder(fixture.Options);

        CheckAssert.Reports(report, "cor-environment-variable", VariablePath,
            "environmentvariabledefinition/@schemaname", "environmentvariabledefinitions/cor_PlanningDays/");
    }

    [Fact]
    public void Variable_UnknownType()
    {
        var fixture = FixtureSolution.Create();
        fixture.EditXml(VariablePath, variable => variable.Element("type")!.Value = "7");

        var report = SolutionChecker.CheckFolder(fixture.Options);

        CheckAssert.Reports(report, "cor-environment-variable", VariablePath, "environmentvariabledefinition/type",
            "100000000 (String)");
    }

    [Fact]
    public void Variable_SecretWithDefault()
    {
        var fixture = FixtureSolution.Create();
        fixture.EditXml(VariablePath, variable => variable.Element("type")!.Value = "100000005");

        var report = SolutionChecker.CheckFolder(fixture.Options);

        CheckAssert.Reports(report, "cor-environment-variable", VariablePath,
            "environmentvariabledefinition/defaultvalue",
            "Remove <defaultvalue>");
    }

    [Fact]
    public void CustomApi_ResponsePropertyIsOptional()
    {
        var fixture = FixtureSolution.Create();
        fixture.EditXml(PropertyPath, property => property.Element("iscustomizable")!.AddAfterSelf(
            new XElement("isoptional", "0")));

        var report = SolutionChecker.CheckFolder(fixture.Options);

        CheckAssert.Reports(report, "cor-custom-api", PropertyPath, "customapiresponseproperty/isoptional",
            "Remove <isoptional>");
    }

    [Fact]
    public void CustomApi_BoundWithoutTable()
    {
        var fixture = FixtureSolution.Create();
        fixture.EditXml(ApiPath, api => api.Element("boundentitylogicalname")!.Value = string.Empty);

        var report = SolutionChecker.CheckFolder(fixture.Options);

        CheckAssert.Reports(report, "cor-custom-api", ApiPath, "customapi/boundentitylogicalname",
            "bindingtype 1 or 2");
    }

    [Fact]
    public void CustomApi_TypeOutOfRange()
    {
        var fixture = FixtureSolution.Create();
        fixture.EditXml(PropertyPath, property => property.Element("type")!.Value = "13");

        var report = SolutionChecker.CheckFolder(fixture.Options);

        CheckAssert.Reports(report, "cor-custom-api", PropertyPath, "customapiresponseproperty/type", "12 for Guid");
    }

    [Fact]
    public void Xml_MalformedFile()
    {
        var fixture = FixtureSolution.Create();
        fixture.Write("OptionSets/cor_journeystage.xml", "<optionset Name=\"cor_journeystage\">");

        var report = SolutionChecker.CheckFolder(fixture.Options);

        CheckAssert.Reports(report, "cor-xml-well-formed", "OptionSets/cor_journeystage.xml", "(document)",
            "Fix the markup");
    }

    [Fact]
    public void Zip_MissingRootPart()
    {
        var fixture = FixtureSolution.Create();
        var zip = SolutionPacker.PackToFolder(fixture.Options, PackageKind.Unmanaged, Path.Combine(fixture.Root,
            "out"));
        ZipEditor.Remove(zip.ZipPath, "[Content_Types].xml");

        var report = SolutionChecker.CheckZip(zip.ZipPath);

        CheckAssert.Reports(report, "cor-zip-layout", zip.ZipPath, "[Content_Types].xml", "cor pack");
    }

    [Fact]
    public void Zip_EntryWithoutContentType()
    {
        var fixture = FixtureSolution.Create();
        var zip = SolutionPacker.PackToFolder(fixture.Options, PackageKind.Unmanaged, Path.Combine(fixture.Root,
            "out"));
        ZipEditor.Add(zip.ZipPath, "WebResources/cor_logo", Encoding.UTF8.GetBytes("logo"));

        var report = SolutionChecker.CheckZip(zip.ZipPath);

        CheckAssert.Reports(report, "cor-zip-layout", "[Content_Types].xml", "Types",
            "<Override PartName=\"/WebResources/cor_logo\"");
    }

    [Fact]
    public void Zip_CarriesSdkStandIn()
    {
        var fixture = FixtureSolution.Create();
        var zip = SolutionPacker.PackToFolder(fixture.Options, PackageKind.Unmanaged, Path.Combine(fixture.Root,
            "out"));
        ZipEditor.Add(zip.ZipPath, "PluginAssemblies/Microsoft.Xrm.Sdk.dll",
            File.ReadAllBytes(Path.Combine(fixture.PluginDirectory, "sdk", "Microsoft.Xrm.Sdk.dll")));

        var report = SolutionChecker.CheckZip(zip.ZipPath);

        CheckAssert.Reports(report, "cor-sdk-stand-in", "!PluginAssemblies/Microsoft.Xrm.Sdk.dll", "(file)", "Delete");
    }

    [Fact]
    public void Zip_NotAZip()
    {
        var fixture = FixtureSolution.Create();
        var path = Path.Combine(fixture.Root, "broken.zip");
        File.WriteAllText(path, "not a zip");

        var report = SolutionChecker.CheckZip(path);

        Assert.False(report.Passed);
        Assert.Contains("broken.zip", report.Diagnostics.Single().Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Zip_NotAZip_StatesFixOnce()
    {
        var fixture = FixtureSolution.Create();
        var path = Path.Combine(fixture.Root, "broken.zip");
        File.WriteAllText(path, "not a zip");

        var diagnostic = SolutionChecker.CheckZip(path).Diagnostics.Single();

        Assert.DoesNotContain("cor pack", diagnostic.Message, System.StringComparison.Ordinal);
        Assert.Contains("cor pack", diagnostic.Fix, System.StringComparison.Ordinal);
        Assert.DoesNotContain(".).", diagnostic.ToString(), System.StringComparison.Ordinal);
        Assert.EndsWith(").", diagnostic.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Zip_MissingManifest_StatesFixOnce()
    {
        var fixture = FixtureSolution.Create();
        var zip = SolutionPacker.PackToFolder(fixture.Options, PackageKind.Unmanaged, Path.Combine(fixture.Root,
            "out"));
        ZipEditor.Remove(zip.ZipPath, "solution.xml");

        var diagnostic = SolutionChecker.CheckZip(zip.ZipPath).Diagnostics.Single();

        Assert.Contains("has no 'solution.xml' at its root", diagnostic.Message, System.StringComparison.Ordinal);
        Assert.DoesNotContain("again", diagnostic.Message, System.StringComparison.Ordinal);
        Assert.Equal("Pack it again with 'cor pack'.", diagnostic.Fix);
    }

    [Fact]
    public void Zip_MalformedPart_NoDoublePeriod()
    {
        var fixture = FixtureSolution.Create();
        var zip = SolutionPacker.PackToFolder(fixture.Options, PackageKind.Unmanaged, Path.Combine(fixture.Root,
            "out"));
        ZipEditor.Remove(zip.ZipPath, "solution.xml");
        ZipEditor.Add(zip.ZipPath, "solution.xml", Encoding.UTF8.GetBytes("<ImportExportXml>"));

        var diagnostic = SolutionChecker.CheckZip(zip.ZipPath).Diagnostics.Single();

        Assert.Contains("is not well-formed XML (", diagnostic.Message, System.StringComparison.Ordinal);
        Assert.DoesNotContain(".).", diagnostic.Message, System.StringComparison.Ordinal);
        Assert.Equal("Fix the markup at that line.", diagnostic.Fix);
    }
}
