using System.IO;
using System.Linq;
using Cor.Packer.Checks;
using Xunit;

namespace Cor.Packer.Tests;

public sealed class PluginCheckerTests
{
    [Fact]
    public void AssemblyIdentity_TokenMismatch()
    {
        var fixture = FixtureSolution.Create();
        fixture.EditXml(FixtureSolution.AssemblyDataPath, root => root.SetAttributeValue("FullName",
            "Cor.FixturePlugins, Version=1.0.0.0, Culture=neutral, PublicKeyToken=0000000000000000"));

        var report = SolutionChecker.CheckFolder(fixture.Options);

        var diagnostic = CheckAssert.Reports(report, "cor-plugin-assembly", FixtureSolution.AssemblyDataPath,
            "PluginAssembly/@FullName", "PublicKeyToken=f1f2d9411d242432");
        Assert.Contains("0000000000000000", diagnostic.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Assembly_NotStrongNameSigned()
    {
        var fixture = FixtureSolution.CreateWithoutPlugin();
        FixturePlugins.Build(fixture.PluginDirectory, sign: false);

        var report = SolutionChecker.CheckFolder(fixture.Options);

        CheckAssert.Reports(report, "cor-plugin-assembly", FixtureSolution.AssemblyDataPath, "PluginAssembly",
            "SignAssembly");
    }

    [Fact]
    public void Assembly_TargetsWrongFramework()
    {
        var fixture = FixtureSolution.CreateWithoutPlugin();
        FixturePlugins.Build(fixture.PluginDirectory, targetFramework: ".NETCoreApp,Version=v10.0");

        var report = SolutionChecker.CheckFolder(fixture.Options);

        var diagnostic = CheckAssert.Reports(
            report, "cor-plugin-assembly", FixtureSolution.AssemblyDataPath, "PluginAssembly", "net462 build");
        Assert.Contains(".NETCoreApp,Version=v10.0", diagnostic.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void RootComponent_AssemblyNameDiffers()
    {
        var fixture = FixtureSolution.Create();
        fixture.EditXml(FixtureSolution.SolutionPath, root => root.Descendants("RootComponent")
            .Single(component => component.Attribute("type")!.Value == "91")
            .SetAttributeValue("schemaName", "Cor.FixturePlugins, Version=2.0.0.0"));

        var report = SolutionChecker.CheckFolder(fixture.Options);

        CheckAssert.Reports(report, "cor-root-component", "Other/Solution.xml", "RootComponent[@type='91']",
            "same FullName");
    }

    [Fact]
    public void PluginType_QualifiedNameDiffers()
    {
        var fixture = FixtureSolution.Create();
        fixture.EditXml(FixtureSolution.AssemblyDataPath, root => root.Descendants("PluginType").Single()
            .SetAttributeValue("AssemblyQualifiedName", "Cor.Fixture.MeetingPlugin, Cor.FixturePlugins"));

        var report = SolutionChecker.CheckFolder(fixture.Options);

        CheckAssert.Reports(report, "cor-plugin-type", FixtureSolution.AssemblyDataPath, "/@AssemblyQualifiedName",
            "PublicKeyToken=f1f2d9411d242432");
    }

    [Fact]
    public void Step_PreImageOnCreate()
    {
        var fixture = FixtureSolution.Create();
        fixture.EditXml(FixtureSolution.StepPath, step =>
        {
            step.Element("SdkMessageId")!.Value = "9ebdbb1b-ea3e-db11-86a7-000a3a5473e8";
            step.Element("FilteringAttributes")!.Value = string.Empty;
        });

        var report = SolutionChecker.CheckFolder(fixture.Options);

        CheckAssert.Reports(report, "cor-step", FixtureSolution.StepPath, "/ImageType", "read the Target");
    }

    [Fact]
    public void Step_FilteringAttributesOnCreate()
    {
        var fixture = FixtureSolution.Create();
        fixture.EditXml(FixtureSolution.StepPath, step =>
        {
            step.Element("SdkMessageId")!.Value = "9ebdbb1b-ea3e-db11-86a7-000a3a5473e8";
            step.Element("SdkMessageProcessingStepImages")!.RemoveNodes();
        });

        var report = SolutionChecker.CheckFolder(fixture.Options);

        CheckAssert.Reports(report, "cor-step", FixtureSolution.StepPath,
            "SdkMessageProcessingStep/FilteringAttributes",
            "Leave <FilteringAttributes> empty");
    }

    [Fact]
    public void Step_DuplicateImageAlias()
    {
        var fixture = FixtureSolution.Create();
        fixture.EditXml(FixtureSolution.StepPath, step =>
        {
            var images = step.Element("SdkMessageProcessingStepImages")!;
            images.Add(new System.Xml.Linq.XElement(images.Elements().Single()));
        });

        var report = SolutionChecker.CheckFolder(fixture.Options);

        CheckAssert.Reports(report, "cor-step", FixtureSolution.StepPath, "SdkMessageProcessingStepImage",
            "own EntityAlias");
    }

    [Fact]
    public void AssemblyLayout_FileNameMismatch()
    {
        var fixture = FixtureSolution.Create();
        fixture.EditXml(FixtureSolution.AssemblyDataPath, root =>
            root.Element("FileName")!.Value = "/PluginAssemblies/Other/CorFixturePlugins.dll");

        var report = SolutionChecker.CheckFolder(fixture.Options);

        CheckAssert.Reports(report, "cor-plugin-assembly", FixtureSolution.AssemblyDataPath, "PluginAssembly/FileName",
            "CorFixturePlugins-5D0C4F0E-6A7B-4C3D-9E1F-2A3B4C5D6E7F");
    }

    [Fact]
    public void AssemblyMissing_NamesBuildCommand()
    {
        var fixture = FixtureSolution.Create();
        File.Delete(Path.Combine(fixture.PluginDirectory, "Cor.FixturePlugins.dll"));

        var report = SolutionChecker.CheckFolder(fixture.Options);

        CheckAssert.Reports(report, "cor-plugin-assembly", FixtureSolution.AssemblyDataPath, "PluginAssembly",
            "dotnet build src/Cor.Plugins -f net462");
    }

    [Fact]
    public void PluginType_MissingFromDll()
    {
        var fixture = FixtureSolution.Create();
        RenamePluginType(fixture, "Cor.Fixture.MissingPlugin");

        var report = SolutionChecker.CheckFolder(fixture.Options);

        CheckAssert.Reports(report, "cor-plugin-type", FixtureSolution.AssemblyDataPath,
            "PluginType[@Name='Cor.Fixture.MissingPlugin']", "Correct the type name");
    }

    [Fact]
    public void PluginType_NotImplementingIPlugin()
    {
        var fixture = FixtureSolution.Create(extraTypes: "public sealed class Helper { }");
        RenamePluginType(fixture, "Cor.Fixture.Helper");

        var report = SolutionChecker.CheckFolder(fixture.Options);

        var diagnostic = CheckAssert.Reports(report, "cor-plugin-type", FixtureSolution.AssemblyDataPath,
            "PluginType[@Name='Cor.Fixture.Helper']", "implement IPlugin");
        Assert.Contains("Microsoft.Xrm.Sdk.IPlugin", diagnostic.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Step_PluginTypeIdUnknown()
    {
        var fixture = FixtureSolution.Create();
        fixture.EditXml(FixtureSolution.StepPath, step =>
            step.Element("PluginTypeId")!.Value = "00000000-0000-0000-0000-000000000001");

        var report = SolutionChecker.CheckFolder(fixture.Options);

        CheckAssert.Reports(report, "cor-plugin-type", FixtureSolution.StepPath,
            "SdkMessageProcessingStep/PluginTypeId",
            "PluginTypeId of the plugin type");
    }

    [Fact]
    public void Step_AsyncOutsidePostOperation()
    {
        var fixture = FixtureSolution.Create();
        fixture.EditXml(FixtureSolution.StepPath, step => step.Element("Mode")!.Value = "1");

        var report = SolutionChecker.CheckFolder(fixture.Options);

        CheckAssert.Reports(report, "cor-step", FixtureSolution.StepPath, "SdkMessageProcessingStep/Mode",
            "Set Stage to 40 or Mode to 0");
    }

    [Fact]
    public void Step_InvalidStage()
    {
        var fixture = FixtureSolution.Create();
        fixture.EditXml(FixtureSolution.StepPath, step => step.Element("Stage")!.Value = "30");

        var report = SolutionChecker.CheckFolder(fixture.Options);

        CheckAssert.Reports(report, "cor-step", FixtureSolution.StepPath, "SdkMessageProcessingStep/Stage",
            "10, 20 or 40");
    }

    [Fact]
    public void Step_UnknownMessageId()
    {
        var fixture = FixtureSolution.Create();
        fixture.EditXml(FixtureSolution.StepPath, step =>
            step.Element("SdkMessageId")!.Value = "caca167b-0000-0000-0000-000000000000");

        var report = SolutionChecker.CheckFolder(fixture.Options);

        CheckAssert.Reports(report, "cor-step", FixtureSolution.StepPath, "SdkMessageProcessingStep/SdkMessageId",
            "exported step");
    }

    [Fact]
    public void Step_FilteringAttributeNotOnTable()
    {
        var fixture = FixtureSolution.Create();
        fixture.EditXml(FixtureSolution.StepPath, step =>
            step.Element("FilteringAttributes")!.Value = "cor_scheduledstart,cor_nosuchcolumn");

        var report = SolutionChecker.CheckFolder(fixture.Options);

        var diagnostic = CheckAssert.Reports(report, "cor-step", FixtureSolution.StepPath,
            "SdkMessageProcessingStep/FilteringAttributes", "add the column");
        Assert.Contains("cor_nosuchcolumn", diagnostic.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Step_ImageColumnNotOnTable()
    {
        var fixture = FixtureSolution.Create();
        fixture.EditXml(FixtureSolution.StepPath, step =>
            step.Descendants("Attributes").Single().Value = "cor_missing");

        var report = SolutionChecker.CheckFolder(fixture.Options);

        CheckAssert.Reports(report, "cor-step", FixtureSolution.StepPath, "/Attributes", "add the column");
    }

    [Fact]
    public void Step_PostImageInPreOperation()
    {
        var fixture = FixtureSolution.Create();
        fixture.EditXml(FixtureSolution.StepPath, step => step.Descendants("ImageType").Single().Value = "1");

        var report = SolutionChecker.CheckFolder(fixture.Options);

        CheckAssert.Reports(report, "cor-step", FixtureSolution.StepPath, "/ImageType", "move the step to stage 40");
    }

    [Fact]
    public void MetaRule_UpdateWithoutFilteringAttributes()
    {
        var fixture = FixtureSolution.Create();
        fixture.EditXml(FixtureSolution.StepPath, step => step.Element("FilteringAttributes")!.Value = string.Empty);

        var report = SolutionChecker.CheckFolder(fixture.Options);

        CheckAssert.Reports(report, "meta-avoid-reg-no-attribute", FixtureSolution.StepPath,
            "SdkMessageProcessingStep/FilteringAttributes", "<FilteringAttributes>");
    }

    [Fact]
    public void MetaRule_DuplicateRegistration()
    {
        var fixture = FixtureSolution.Create();
        const string copy = "SdkMessageProcessingSteps/{5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b}.xml";
        File.Copy(fixture.PathOf(FixtureSolution.StepPath), fixture.PathOf(copy));
        fixture.EditXml(copy, step =>
        {
            step.SetAttributeValue("SdkMessageProcessingStepId", "{5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b}");
            step.Element("FilteringAttributes")!.Value = "statuscode,cor_scheduledstart";
        });

        var report = SolutionChecker.CheckFolder(fixture.Options);

        var diagnostic = CheckAssert.Reports(report, "meta-remove-dup-reg", "SdkMessageProcessingSteps/",
            "SdkMessageProcessingStep", "Delete one of the two step files");
        Assert.Contains(FixtureSolution.StepPath, diagnostic.Message + diagnostic.File,
            System.StringComparison.Ordinal);
    }

    [Fact]
    public void MetaRule_Crm4Stage()
    {
        var fixture = FixtureSolution.Create();
        fixture.EditXml(FixtureSolution.StepPath, step => step.Element("Stage")!.Value = "50");

        var report = SolutionChecker.CheckFolder(fixture.Options);

        CheckAssert.Reports(report, "meta-avoid-crm4-event", FixtureSolution.StepPath, "SdkMessageProcessingStep/Stage",
            "stage 20");
    }

    [Theory]
    [InlineData("var columns = new ColumnSet(true);", "il-specify-column")]
    [InlineData("var columns = new ColumnSet { AllColumns = true };", "il-specify-column")]
    [InlineData("var batch = new Microsoft.Xrm.Sdk.Messages.ExecuteMultipleRequest();", "il-avoid-batch-plugin")]
    [InlineData("var batch = new Microsoft.Xrm.Sdk.Messages.ExecuteTransactionRequest();", "il-avoid-batch-plugin")]
    [InlineData("System.Threading.Tasks.Task.Run(() => { });", "il-avoid-parallel-plugin")]
    [InlineData("System.Threading.Tasks.Parallel.For(0, 2, i => { });", "il-avoid-parallel-plugin")]
    [InlineData("new System.Threading.Thread(() => { }).Start();", "il-avoid-parallel-plugin")]
    [InlineData("var request = new Microsoft.Crm.Sdk.Messages.SetStateRequest();", "il-avoid-specialized-update-ops")]
    [InlineData("var request = new Microsoft.Crm.Sdk.Messages.AssignRequest();", "il-avoid-specialized-update-ops")]
    [InlineData("var request = new OrganizationRequest(\"SetState\");", "il-avoid-specialized-update-ops")]
    [InlineData("var request = new OrganizationRequest { RequestName = \"Assign\" };",
        "il-avoid-specialized-update-ops")]
    public void CodeRule_FlagsCall(string executeBody, string ruleId)
    {
        var fixture = FixtureSolution.Create(executeBody);

        var report = SolutionChecker.CheckFolder(fixture.Options);

        CheckAssert.Reports(report, ruleId, FixtureSolution.AssemblyDataPath,
            "IL of Cor.Fixture.MeetingPlugin.Execute", " ");
        Assert.All(report.Diagnostics, diagnostic => Assert.Equal(ruleId, diagnostic.RuleId));
    }

    [Theory]
    [InlineData("var columns = new ColumnSet(false);")]
    [InlineData("var columns = new ColumnSet(\"cor_name\", \"statuscode\");")]
    [InlineData("var request = new OrganizationRequest(\"cor_CloseMeeting\");")]
    public void CodeRule_AllowsCall(string executeBody)
    {
        var fixture = FixtureSolution.Create(executeBody);

        CheckAssert.Passes(SolutionChecker.CheckFolder(fixture.Options));
    }

    [Fact]
    public void StandIn_InSourceFolder()
    {
        var fixture = FixtureSolution.Create();
        File.Copy(Path.Combine(fixture.PluginDirectory, "sdk", "Microsoft.Xrm.Sdk.dll"),
            fixture.PathOf("PluginAssemblies/Microsoft.Xrm.Sdk.dll"));

        var report = SolutionChecker.CheckFolder(fixture.Options);

        CheckAssert.Reports(report, "cor-sdk-stand-in", "PluginAssemblies/Microsoft.Xrm.Sdk.dll", "(file)",
            "Delete the file");
    }

    [Fact]
    public void StandIn_CompiledIntoPlugin()
    {
        var fixture = FixtureSolution.Create(
            extraTypes: "} namespace Microsoft.Xrm.Sdk.Copied { public sealed class Entity { }");

        var report = SolutionChecker.CheckFolder(fixture.Options);

        CheckAssert.Reports(report, "cor-sdk-stand-in", FixtureSolution.AssemblyDataPath, "PluginAssembly",
            "Reference the stand-in project");
    }

    private static void RenamePluginType(FixtureSolution fixture, string name)
    {
        const string token = "Cor.FixturePlugins, Version=1.0.0.0, Culture=neutral, PublicKeyToken=f1f2d9411d242432";
        fixture.EditXml(FixtureSolution.AssemblyDataPath, root =>
        {
            var type = root.Descendants("PluginType").Single();
            type.SetAttributeValue("Name", name);
            type.SetAttributeValue("AssemblyQualifiedName", $"{name}, {token}");
        });
        fixture.EditXml(FixtureSolution.StepPath, step => step.Element("PluginTypeName")!.Value = $"{name}, {token}");
    }
}
