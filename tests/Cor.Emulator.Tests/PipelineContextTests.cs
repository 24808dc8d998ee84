using System;
using System.Linq;
using Cor.Emulator.Tests.Plugins;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace Cor.Emulator.Tests;

public sealed class PipelineContextTests
{
    [Fact]
    public void Images_HoldChosenColumns()
    {
        using var emulator = TestEmulator.Start(new PluginStepRegistration
        {
            PluginType = typeof(TraceContextPlugin),
            MessageName = "Update",
            PrimaryEntityName = "test_widget",
            Stage = PipelineStage.PostOperation,
            Images = new[]
            {
                new StepImageRegistration("Pre", StepImageType.PreImage, "test_quantity", "test_name"),
                new StepImageRegistration("Post", StepImageType.PostImage, "test_quantity"),
            },
        });
        var id = emulator.Service.CreateWidget("Widget", quantity: 1);

        emulator.Service.Update(new Entity("test_widget", id) { ["test_quantity"] = 2 });

        var lines = emulator.Executions.Single().TraceText.Split('\n');
        Assert.Equal("pre Pre: test_name,test_quantity", lines[1]);
        Assert.Equal("post Post: test_quantity", lines[2]);
    }

    [Fact]
    public void Images_PreAndPostHoldValuesAroundUpdate()
    {
        using var emulator = TestEmulator.Start(new PluginStepRegistration
        {
            PluginType = typeof(TraceImageValuesPlugin),
            MessageName = "Update",
            PrimaryEntityName = "test_widget",
            Stage = PipelineStage.PostOperation,
            Images = new[] { new StepImageRegistration("Image", StepImageType.Both, "test_quantity") },
        });
        var id = emulator.Service.CreateWidget("Widget", quantity: 1);

        emulator.Service.Update(new Entity("test_widget", id) { ["test_quantity"] = 2 });

        Assert.Equal("pre=1 post=2\n", emulator.Executions.Single().TraceText);
    }

    [Fact]
    public void Images_EmptyColumnListMeansAll()
    {
        using var emulator = TestEmulator.Start(new PluginStepRegistration
        {
            PluginType = typeof(TraceContextPlugin),
            MessageName = "Delete",
            PrimaryEntityName = "test_widget",
            Stage = PipelineStage.PreOperation,
            Images = new[] { new StepImageRegistration("Pre", StepImageType.PreImage) },
        });
        var id = emulator.Service.CreateWidget("Widget");

        emulator.Service.Delete("test_widget", id);

        var line = emulator.Executions.Single().TraceText.Split('\n')[1];
        Assert.Contains("createdon", line, StringComparison.Ordinal);
        Assert.Contains("test_name", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Configuration_PassedToConstructor()
    {
        using var emulator = TestEmulator.Start(new PluginStepRegistration
        {
            PluginType = typeof(ConfigurationPlugin),
            MessageName = "Create",
            PrimaryEntityName = "test_widget",
            UnsecureConfiguration = "open",
            SecureConfiguration = "hidden",
        });

        emulator.Service.CreateWidget("Widget");

        Assert.Equal("unsecure=open secure=hidden\n", emulator.Executions.Single().TraceText);
    }

    [Fact]
    public void Trace_KeepsBracesWithoutArguments()
    {
        using var emulator = TestEmulator.Start(TestEmulator.Step<TraceTextPlugin>("Create", PipelineStage.PreOperation));

        emulator.Service.CreateWidget("Widget");

        Assert.Equal(TraceTextPlugin.Json + "\ncount=3\n", emulator.Executions.Single().TraceText);
    }

    [Fact]
    public void Trace_LongTextKeepsHeadAndTail()
    {
        using var emulator = TestEmulator.Start(new PluginStepRegistration
        {
            PluginType = typeof(TraceTextPlugin),
            MessageName = "Create",
            PrimaryEntityName = "test_widget",
            UnsecureConfiguration = "2000",
        });

        emulator.Service.CreateWidget("Widget");

        var text = emulator.Executions.Single().TraceText;
        Assert.True(text.Length <= 10 * 1024, $"trace has {text.Length} characters");
        Assert.StartsWith(TraceTextPlugin.Json, text, StringComparison.Ordinal);
        Assert.EndsWith("line 01999 of a long trace\n", text, StringComparison.Ordinal);
        Assert.Contains("trace cut", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Context_SameObjectForEveryVersion()
    {
        using var emulator = TestEmulator.Start(TestEmulator.Step<ContextVersionsPlugin>("Create", PipelineStage.PreOperation));

        emulator.Service.CreateWidget("Widget");

        Assert.Equal("same=True\n", emulator.Executions.Single().TraceText);
    }

    [Theory]
    [InlineData("Depth")]
    [InlineData("PrimaryEntityName")]
    [InlineData("PrimaryEntityId")]
    [InlineData("UserId")]
    [InlineData("InitiatingUserId")]
    [InlineData("BusinessUnitId")]
    [InlineData("OrganizationId")]
    [InlineData("OrganizationName")]
    [InlineData("RequestId")]
    [InlineData("OperationId")]
    [InlineData("OperationCreatedOn")]
    [InlineData("CorrelationId")]
    public void ParentContext_SharesOperationValues(string property)
    {
        using var emulator = TestEmulator.Start(TestEmulator.Step<TraceParentContextPlugin>("Update", PipelineStage.PreOperation));
        var id = emulator.Service.CreateWidget("Widget");

        emulator.Service.Update(new Entity("test_widget", id) { ["test_quantity"] = 2 });

        var trace = Assert.Single(emulator.Executions).TraceText;
        Assert.Contains("parent stage=10\n", trace, StringComparison.Ordinal);
        Assert.Contains($"\n{property}=same\n", trace, StringComparison.Ordinal);
    }

    [Fact]
    public void ImpersonatingUser_BecomesContextUser()
    {
        using var emulator = TestEmulator.Start();
        var userId = emulator.Service.Create(new Entity("systemuser") { ["lastname"] = "Integration" });
        emulator.RegisterStep(new PluginStepRegistration
        {
            PluginType = typeof(TraceUserPlugin),
            MessageName = "Create",
            PrimaryEntityName = "test_widget",
            ImpersonatingUserId = userId,
        });

        emulator.Service.CreateWidget("Widget");

        Assert.Equal($"user={userId} initiating={emulator.CallerId}\n", emulator.Executions.Single().TraceText);
    }

    [Fact]
    public void RetrieveMultiple_PreOperationCanChangeQuery()
    {
        using var emulator = TestEmulator.Start(TestEmulator.Step<ActiveOnlyQueryPlugin>("RetrieveMultiple", PipelineStage.PreOperation));
        emulator.Service.CreateWidget("Counted", quantity: 1);
        emulator.Service.CreateWidget("Uncounted");

        var result = emulator.Service.RetrieveMultiple(new QueryExpression("test_widget") { ColumnSet = new ColumnSet("test_name") });

        Assert.Equal("Counted", Assert.Single(result.Entities)["test_name"]);
    }

    [Fact]
    public void PlatformColumns_NotInPreOperationTarget()
    {
        using var emulator = TestEmulator.Start(TestEmulator.Step<TraceTargetPlugin>("Create", PipelineStage.PreOperation));

        emulator.Service.CreateWidget("Widget");

        Assert.Equal("test_name\n", emulator.Executions.Single().TraceText);
    }

    [Fact]
    public void PlatformColumns_InPreOperationTargetOnRequest()
    {
        using var emulator = DataverseEmulator.Start(new EmulatorOptions
        {
            SolutionDirectory = TestEmulator.BasicSolution,
            PlatformColumnsInPreOperationTarget = true,
        });
        emulator.RegisterStep(TestEmulator.Step<TraceTargetPlugin>("Create", PipelineStage.PreOperation));

        emulator.Service.CreateWidget("Widget");

        var columns = emulator.Executions.Single().TraceText.TrimEnd('\n').Split(',');
        Assert.Contains("createdon", columns);
        Assert.Contains("ownerid", columns);
        Assert.Contains("statuscode", columns);
        Assert.Contains("test_widgetid", columns);
    }

    [Fact]
    public void Plugin_InstanceIsReusedPerStep()
    {
        using var emulator = TestEmulator.Start(TestEmulator.Step<InstanceCountPlugin>("Create", PipelineStage.PreOperation));

        emulator.Service.CreateWidget("One");
        emulator.Service.CreateWidget("Two");

        Assert.Equal(new[] { "run=1\n", "run=2\n" }, emulator.Executions.Select(e => e.TraceText));
    }

    [Fact]
    public void CreateMultiple_RunsCreateStepPerRecord()
    {
        using var emulator = TestEmulator.Start(
            TestEmulator.Step<TraceTargetsPlugin>("CreateMultiple", PipelineStage.PreOperation),
            TestEmulator.Step<TraceTargetsPlugin>("Create", PipelineStage.PostOperation));
        var targets = new EntityCollection { EntityName = "test_widget" };
        targets.Entities.Add(new Entity("test_widget") { ["test_name"] = "One" });
        targets.Entities.Add(new Entity("test_widget") { ["test_name"] = "Two" });

        var response = (Microsoft.Xrm.Sdk.Messages.CreateMultipleResponse)emulator.Service.Execute(
            new Microsoft.Xrm.Sdk.Messages.CreateMultipleRequest { Targets = targets });

        Assert.Equal(2, response.Ids.Length);
        Assert.Equal(new[] { "CreateMultiple targets=2", "Create target=One", "Create target=Two" },
            emulator.Executions.Select(e => e.TraceText.TrimEnd('\n')));
    }

    [Fact]
    public void Create_RunsCreateMultipleStepWithOneTarget()
    {
        using var emulator = TestEmulator.Start(TestEmulator.Step<TraceTargetsPlugin>("CreateMultiple", PipelineStage.PreOperation));

        emulator.Service.CreateWidget("Single");

        Assert.Equal("CreateMultiple targets=1\n", emulator.Executions.Single().TraceText);
    }

    [Fact]
    public void UpdateMultiple_HasImagesPerRecord()
    {
        using var emulator = TestEmulator.Start(new PluginStepRegistration
        {
            PluginType = typeof(TraceTargetsPlugin),
            MessageName = "UpdateMultiple",
            PrimaryEntityName = "test_widget",
            Stage = PipelineStage.PostOperation,
            Images = new[] { new StepImageRegistration("Pre", StepImageType.PreImage, "test_name") },
        });
        var one = emulator.Service.CreateWidget("One");
        var two = emulator.Service.CreateWidget("Two");
        var targets = new EntityCollection { EntityName = "test_widget" };
        targets.Entities.Add(new Entity("test_widget", one) { ["test_quantity"] = 1 });
        targets.Entities.Add(new Entity("test_widget", two) { ["test_quantity"] = 2 });

        emulator.Service.Execute(new Microsoft.Xrm.Sdk.Messages.UpdateMultipleRequest { Targets = targets });

        Assert.Equal("UpdateMultiple targets=2 preimages=One,Two\n", emulator.Executions.Single().TraceText);
    }
}
