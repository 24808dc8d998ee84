using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using Cor.Packer.Packing;
using Xunit;

namespace Cor.Packer.Tests;

public sealed class SolutionPackerTests
{
    [Fact]
    public void Pack_PutsRootPartsFirst()
    {
        var fixture = FixtureSolution.Create();

        var result = SolutionPacker.Pack(fixture.Options, PackageKind.Unmanaged);

        var names = result.Entries.Select(entry => entry.Name).ToList();
        Assert.Equal(["solution.xml", "customizations.xml", "[Content_Types].xml"], names.Take(3));
        Assert.Contains(
            "PluginAssemblies/CorFixturePlugins-5D0C4F0E-6A7B-4C3D-9E1F-2A3B4C5D6E7F/CorFixturePlugins.dll", names);
        Assert.Contains("Controls/cor_Cor.JourneyMap/bundle.js", names);
        Assert.Contains("Controls/cor_Cor.JourneyMap/ControlManifest.xml", names);
        Assert.Contains("environmentvariabledefinitions/cor_PlanningLeadDays/environmentvariabledefinition.xml", names);
        Assert.Equal("1.2.3.4", result.Version);
    }

    [Fact]
    public void Pack_AssemblesEntityWithFormsViewsRibbon()
    {
        var fixture = FixtureSolution.Create();

        var customizations = Customizations(SolutionPacker.Pack(fixture.Options, PackageKind.Unmanaged));

        var entity = customizations.Element("Entities")!.Element("Entity")!;
        Assert.Equal(["Name", "EntityInfo", "FormXml", "SavedQueries", "RibbonDiffXml"],
            entity.Elements().Select(element => element.Name.LocalName));
        var forms = entity.Element("FormXml")!.Element("forms")!;
        Assert.Equal("main", forms.Attribute("type")!.Value);
        Assert.Equal("General", forms.Descendants("label").First().Attribute("description")!.Value);
        Assert.Single(entity.Element("SavedQueries")!.Element("savedqueries")!.Elements("savedquery"));
        Assert.NotNull(entity.Element("RibbonDiffXml")!.Element("RuleDefinitions"));
    }

    [Fact]
    public void Pack_FillsContainersInSchemaOrder()
    {
        var fixture = FixtureSolution.Create();

        var customizations = Customizations(SolutionPacker.Pack(fixture.Options, PackageKind.Unmanaged));

        var order = customizations.Elements().Select(element => element.Name.LocalName).ToList();
        Assert.Equal(
            ["Entities", "Roles", "Workflows", "EntityRelationships", "optionsets", "CustomControls",
                "SolutionPluginAssemblies", "SdkMessageProcessingSteps", "Languages"],
            order);
        Assert.Equal(7, customizations.Element("EntityRelationships")!.Elements("EntityRelationship").Count());
        Assert.Single(customizations.Element("optionsets")!.Elements("optionset"));
        Assert.Single(customizations.Element("Roles")!.Elements("Role"));
        Assert.Single(customizations.Element("CustomControls")!.Elements("CustomControl"));
        Assert.Single(customizations.Element("SdkMessageProcessingSteps")!.Elements("SdkMessageProcessingStep"));
    }

    [Fact]
    public void Pack_UnmanagedSetsManagedZero()
    {
        var fixture = FixtureSolution.Create();

        var solution = Part(SolutionPacker.Pack(fixture.Options, PackageKind.Unmanaged), "solution.xml");

        Assert.Equal("0", solution.Element("SolutionManifest")!.Element("Managed")!.Value);
    }

    [Fact]
    public void Pack_ManagedUsesManagedTwins()
    {
        var fixture = FixtureSolution.Create();

        var result = SolutionPacker.Pack(fixture.Options, PackageKind.Managed);

        var solution = Part(result, "solution.xml");
        Assert.Equal("1", solution.Element("SolutionManifest")!.Element("Managed")!.Value);
        var label = Customizations(result).Descendants("forms").Descendants("label").First();
        Assert.Equal(string.Empty, label.Attribute("description")!.Value);
    }

    [Fact]
    public void Pack_SameSourceGivesSameBytes()
    {
        var fixture = FixtureSolution.Create();

        var first = SolutionPacker.PackToFolder(fixture.Options, PackageKind.Unmanaged, Path.Combine(fixture.Root,
            "a"));
        Touch(fixture.SolutionDirectory);
        var second = SolutionPacker.PackToFolder(fixture.Options, PackageKind.Unmanaged, Path.Combine(fixture.Root,
            "b"));

        Assert.Equal(Path.GetFileName(first.ZipPath), Path.GetFileName(second.ZipPath));
        Assert.Equal(File.ReadAllBytes(first.ZipPath), File.ReadAllBytes(second.ZipPath));
    }

    [Fact]
    public void PackToFolder_NamesZipsByVersion()
    {
        var fixture = FixtureSolution.Create();
        var output = Path.Combine(fixture.Root, "out");

        var unmanaged = SolutionPacker.PackToFolder(fixture.Options, PackageKind.Unmanaged, output);
        var managed = SolutionPacker.PackToFolder(fixture.Options, PackageKind.Managed, output);

        Assert.Equal("CorFixture_1.2.3.4.zip", Path.GetFileName(unmanaged.ZipPath));
        Assert.Equal("CorFixture_1.2.3.4_managed.zip", Path.GetFileName(managed.ZipPath));
    }

    [Fact]
    public void Pack_MissingBundleSkipsControl()
    {
        var fixture = FixtureSolution.Create();
        File.Delete(Path.Combine(fixture.ControlOutput, "JourneyMap", "bundle.js"));

        var result = SolutionPacker.Pack(fixture.Options, PackageKind.Unmanaged);

        var warning = Assert.Single(result.Warnings);
        Assert.Contains("cor_Cor.JourneyMap", warning, StringComparison.Ordinal);
        Assert.Contains("bundle.js", warning, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Entries, entry => entry.Name.StartsWith("Controls/", StringComparison.Ordinal));
        Assert.Empty(Customizations(result).Element("CustomControls")!.Elements());
        var roots = Part(result, "solution.xml").Descendants("RootComponent");
        Assert.DoesNotContain(roots, root => root.Attribute("type")!.Value == "66");
    }

    [Fact]
    public void Pack_MissingPluginDllFails()
    {
        var fixture = FixtureSolution.Create();
        File.Delete(Path.Combine(fixture.PluginDirectory, "Cor.FixturePlugins.dll"));

        var exception = Assert.Throws<SolutionFormatException>(
            () => SolutionPacker.Pack(fixture.Options, PackageKind.Unmanaged));

        Assert.Contains(FixtureSolution.AssemblyDataPath, exception.Message, StringComparison.Ordinal);
        Assert.Contains("dotnet build", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pack_NeverIncludesSdkStandIn()
    {
        var fixture = FixtureSolution.Create();
        File.Copy(Path.Combine(fixture.PluginDirectory, "sdk", "Microsoft.Xrm.Sdk.dll"),
            Path.Combine(fixture.PluginDirectory, "Microsoft.Xrm.Sdk.dll"));

        var result = SolutionPacker.Pack(fixture.Options, PackageKind.Unmanaged);

        Assert.DoesNotContain(result.Entries, entry => entry.Name.Contains("Microsoft.Xrm.Sdk",
            StringComparison.Ordinal));
    }

    [Fact]
    public void Pack_RejectsSdkInRawFolder()
    {
        var fixture = FixtureSolution.Create();
        File.Copy(Path.Combine(fixture.PluginDirectory, "sdk", "Microsoft.Xrm.Sdk.dll"),
            fixture.PathOf("customapis/cor_CloseMeeting/Microsoft.Xrm.Sdk.dll"));

        var exception = Assert.Throws<SolutionFormatException>(
            () => SolutionPacker.Pack(fixture.Options, PackageKind.Unmanaged));

        Assert.Contains("customapis/cor_CloseMeeting/Microsoft.Xrm.Sdk.dll", exception.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void ContentTypes_CoverEveryExtension()
    {
        var fixture = FixtureSolution.Create();

        var types = Part(SolutionPacker.Pack(fixture.Options, PackageKind.Unmanaged), "[Content_Types].xml");

        var extensions = types.Elements().Select(element => element.Attribute("Extension")?.Value).ToList();
        Assert.Equal(["dll", "js", "xml"], extensions);
    }

    private static XElement Customizations(PackResult result) => Part(result, "customizations.xml");

    private static XElement Part(PackResult result, string name)
    {
        var content = result.Entries.Single(entry => entry.Name == name).Content;
        return XDocument.Parse(Encoding.UTF8.GetString(content).TrimStart('\uFEFF')).Root!;
    }

    private static void Touch(string directory)
    {
        foreach (var file in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddDays(1));
        }
    }
}
