using System.IO;
using System.Linq;
using System.Xml.Linq;
using Cor.Packer.Checks;
using Cor.Packer.Packing;
using Xunit;

namespace Cor.Packer.Tests;

public sealed class SolutionCheckerTests
{
    [Fact]
    public void CheckFolder_ValidFixturePasses()
    {
        var fixture = FixtureSolution.Create();

        CheckAssert.Passes(SolutionChecker.CheckFolder(fixture.Options));
    }

    [Fact]
    public void CheckZip_PackedFixturePasses()
    {
        var fixture = FixtureSolution.Create();
        var output = Path.Combine(fixture.Root, "out");

        var unmanaged = SolutionPacker.PackToFolder(fixture.Options, PackageKind.Unmanaged, output);
        var managed = SolutionPacker.PackToFolder(fixture.Options, PackageKind.Managed, output);

        CheckAssert.Passes(SolutionChecker.CheckZip(unmanaged.ZipPath));
        CheckAssert.Passes(SolutionChecker.CheckZip(managed.ZipPath));
    }

    [Fact]
    public void ElementOrder_StepChildOutOfOrder()
    {
        var fixture = FixtureSolution.Create();
        fixture.EditXml(FixtureSolution.StepPath, step =>
        {
            var stage = step.Element("Stage")!;
            stage.Remove();
            step.AddFirst(stage);
        });

        var report = SolutionChecker.CheckFolder(fixture.Options);

        CheckAssert.Reports(report, "cor-element-order", FixtureSolution.StepPath, "SdkMessageProcessingStep/",
            "Move <");
    }

    [Fact]
    public void ElementOrder_MissingRequiredChild()
    {
        var fixture = FixtureSolution.Create();
        fixture.EditXml(FixtureSolution.SolutionPath, root => root.Descendants("Version").Remove());

        var report = SolutionChecker.CheckFolder(fixture.Options);

        CheckAssert.Reports(report, "cor-element-order", "Other/Solution.xml", "SolutionManifest/Version",
            "Add <Version>");
    }

    [Fact]
    public void ElementOrder_UnknownChildInStrictElement()
    {
        var fixture = FixtureSolution.Create();
        fixture.EditXml(FixtureSolution.StepPath, step =>
            step.Descendants("SdkMessageProcessingStepImage").Single().Add(new XElement("Colour", "red")));

        var report = SolutionChecker.CheckFolder(fixture.Options);

        CheckAssert.Reports(report, "cor-element-order", FixtureSolution.StepPath,
            "SdkMessageProcessingStepImage/Colour",
            "Remove it");
    }

    [Fact]
    public void CustomizationsOrder_ZipPartOutOfOrder()
    {
        var fixture = FixtureSolution.Create();
        var zip = SolutionPacker.PackToFolder(fixture.Options, PackageKind.Unmanaged, Path.Combine(fixture.Root,
            "out"));
        ZipEditor.EditXml(zip.ZipPath, "customizations.xml", root =>
        {
            var entities = root.Element("Entities")!;
            entities.Remove();
            root.Element("Languages")!.AddBeforeSelf(entities);
        });

        var report = SolutionChecker.CheckZip(zip.ZipPath);

        CheckAssert.Reports(report, "cor-element-order", "customizations.xml", "ImportExportXml/", "Move <");
    }

    [Fact]
    public void RootComponent_UnresolvedRootComponent()
    {
        var fixture = FixtureSolution.Create();
        fixture.EditXml(FixtureSolution.SolutionPath, root => root.Descendants("RootComponents").Single().Add(
            new XElement("RootComponent", new XAttribute("type", "1"), new XAttribute("schemaName", "cor_missing"),
                new XAttribute("behavior", "0"))));

        var report = SolutionChecker.CheckFolder(fixture.Options);

        var diagnostic = CheckAssert.Reports(
            report, "cor-root-component", "Other/Solution.xml", "RootComponent", "remove this root component");
        Assert.Contains("cor_missing", diagnostic.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void RootComponent_ComponentNotListed()
    {
        var fixture = FixtureSolution.Create();
        fixture.EditXml(FixtureSolution.SolutionPath, root => root.Descendants("RootComponent")
            .Single(component => component.Attribute("type")!.Value == "380").Remove());

        var report = SolutionChecker.CheckFolder(fixture.Options);

        CheckAssert.Reports(report, "cor-root-component", "environmentvariabledefinitions/cor_PlanningLeadDays",
            "RootComponent", "<RootComponent type=\"380\" schemaName=\"cor_PlanningLeadDays\"");
    }

    [Fact]
    public void Prefix_ChoiceWithoutPrefix()
    {
        var fixture = FixtureSolution.Create();
        fixture.EditXml("OptionSets/cor_journeystage.xml", root => root.SetAttributeValue("Name", "journeystage"));

        var report = SolutionChecker.CheckFolder(fixture.Options);

        CheckAssert.Reports(report, "cor-prefix", "OptionSets/cor_journeystage.xml", "optionset/@Name",
            "cor_journeystage");
    }

    [Fact]
    public void Publisher_InvalidPrefixes()
    {
        var fixture = FixtureSolution.Create();
        fixture.EditXml(FixtureSolution.SolutionPath, root =>
        {
            root.Descendants("CustomizationPrefix").Single().Value = "mscrmx";
            root.Descendants("CustomizationOptionValuePrefix").Single().Value = "999";
        });

        var report = SolutionChecker.CheckFolder(fixture.Options);

        CheckAssert.Reports(report, "cor-publisher-prefix", "Other/Solution.xml", "CustomizationPrefix", "cor");
        CheckAssert.Reports(report, "cor-publisher-option-prefix", "Other/Solution.xml",
            "CustomizationOptionValuePrefix", "10735");
    }

    [Fact]
    public void OptionValue_OutsidePublisherRange()
    {
        var fixture = FixtureSolution.Create();
        fixture.EditXml("OptionSets/cor_journeystage.xml", root =>
            root.Descendants("option").First().SetAttributeValue("value", "100000000"));

        var report = SolutionChecker.CheckFolder(fixture.Options);

        var diagnostic = CheckAssert.Reports(report, "cor-option-value", "OptionSets/cor_journeystage.xml",
            "optionset[@Name='cor_journeystage']", "107350000 to 107359999");
        Assert.Contains("100000000", diagnostic.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void OptionValue_StatusReasonOutsideRange()
    {
        var fixture = FixtureSolution.Create();
        fixture.EditXml(FixtureSolution.EntityPath, root =>
            root.Descendants("status").Single(status => status.Attribute("value")!.Value == "107350001")
                .SetAttributeValue("value", "3"));

        var report = SolutionChecker.CheckFolder(fixture.Options);

        CheckAssert.Reports(report, "cor-option-value", FixtureSolution.EntityPath, "statuses/status", "107350000");
    }

    [Fact]
    public void Manifest_EmptyUniqueName()
    {
        var fixture = FixtureSolution.Create();
        fixture.EditXml(FixtureSolution.SolutionPath, root =>
            root.Element("SolutionManifest")!.Element("UniqueName")!.Value = string.Empty);

        var report = SolutionChecker.CheckFolder(fixture.Options);

        CheckAssert.Reports(report, "cor-solution-manifest", "Other/Solution.xml", "UniqueName", "CorDataverse");
    }

    [Fact]
    public void OptionValue_ThirdState()
    {
        var fixture = FixtureSolution.Create();
        fixture.EditXml(FixtureSolution.EntityPath, root => root.Descendants("states").Single().Add(
            new XElement("state", new XAttribute("value", "2"), new XAttribute("defaultstatus", "3"))));

        var report = SolutionChecker.CheckFolder(fixture.Options);

        CheckAssert.Reports(report, "cor-option-value", FixtureSolution.EntityPath, "states/state",
            "status reasons instead");
    }

    [Fact]
    public void Version_NotNumeric()
    {
        var fixture = FixtureSolution.Create();
        fixture.EditXml(FixtureSolution.SolutionPath, root => root.Descendants("Version").Single().Value = "1.0-beta");

        var report = SolutionChecker.CheckFolder(fixture.Options);

        CheckAssert.Reports(report, "cor-solution-version", "Other/Solution.xml", "Version", "1.0.0.0");
    }

    [Fact]
    public void Managed_PackedZipWithBoth()
    {
        var fixture = FixtureSolution.Create();
        var zip = SolutionPacker.PackToFolder(fixture.Options, PackageKind.Unmanaged, Path.Combine(fixture.Root,
            "out"));
        ZipEditor.EditXml(zip.ZipPath, "solution.xml", root => root.Descendants("Managed").Single().Value = "2");

        var report = SolutionChecker.CheckZip(zip.ZipPath);

        CheckAssert.Reports(report, "cor-solution-managed", "Other/Solution.xml", "Managed", "cor pack");
    }
}
