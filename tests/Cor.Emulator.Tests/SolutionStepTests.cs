using System;
using System.IO;
using System.Linq;
using Cor.Emulator.Tests.Plugins;
using Xunit;

namespace Cor.Emulator.Tests;

public sealed class SolutionStepTests : IDisposable
{
    private const string CreateMessageId = "9ebdbb1b-ea3e-db11-86a7-000a3a5473e8";
    private const string UpdateMessageId = "20bebb1b-ea3e-db11-86a7-000a3a5473e8";
    private static readonly string TestAssembly = typeof(TraceContextPlugin).Assembly.GetName().FullName;

    private readonly SolutionFolder _solution = new();

    public void Dispose() => _solution.Dispose();

    [Fact]
    public void Step_FromSolutionRuns()
    {
        _solution.WriteAssembly(TestAssembly);
        _solution.WriteStep(typeof(TraceContextPlugin).FullName!, TestAssembly, CreateMessageId, 40);
        using var emulator = Start();

        emulator.Service.CreateWidget("Widget");

        var execution = Assert.Single(emulator.Executions);
        Assert.Equal(40, execution.Stage);
        Assert.Equal("Create", execution.MessageName);
        Assert.StartsWith("stage=40", execution.TraceText, StringComparison.Ordinal);
    }

    [Fact]
    public void Step_LoadsPluginInSeparateContext()
    {
        _solution.WriteAssembly(TestAssembly);
        _solution.WriteStep(typeof(TraceContextPlugin).FullName!, TestAssembly, CreateMessageId, 40);
        using var emulator = Start();

        emulator.Service.CreateWidget("Widget");

        var loadedTypes = System.Runtime.Loader.AssemblyLoadContext.All
            .Where(c => c.IsCollectible)
            .SelectMany(c => c.Assemblies)
            .Select(a => a.GetName().Name);
        Assert.Contains(typeof(TraceContextPlugin).Assembly.GetName().Name, loadedTypes);
    }

    [Fact]
    public void Step_ReadsFilteringConfigurationAndImages()
    {
        _solution.WriteAssembly(TestAssembly);
        _solution.WriteStep(typeof(TraceContextPlugin).FullName!, TestAssembly, UpdateMessageId, 40, """
            <FilteringAttributes>test_quantity</FilteringAttributes>
            <SdkMessageProcessingStepImages>
              <SdkMessageProcessingStepImage Name="PreImage">
                <Attributes>test_quantity</Attributes>
                <EntityAlias>PreImage</EntityAlias>
                <ImageType>0</ImageType>
                <MessagePropertyName>Target</MessagePropertyName>
              </SdkMessageProcessingStepImage>
            </SdkMessageProcessingStepImages>
            """);
        using var emulator = Start();
        var id = emulator.Service.CreateWidget("Widget", quantity: 1);

        emulator.Service.Update(new Microsoft.Xrm.Sdk.Entity("test_widget", id) { ["test_name"] = "Renamed" });
        emulator.Service.Update(new Microsoft.Xrm.Sdk.Entity("test_widget", id) { ["test_quantity"] = 2 });

        var execution = Assert.Single(emulator.Executions);
        Assert.Contains("pre PreImage: test_quantity", execution.TraceText, StringComparison.Ordinal);
    }

    [Fact]
    public void Assembly_TokenMismatchIsReported()
    {
        var wrongToken = TestAssembly.Replace("PublicKeyToken=null", "PublicKeyToken=0123456789abcdef", StringComparison.Ordinal);
        _solution.WriteAssembly(wrongToken);
        _solution.WriteStep(typeof(TraceContextPlugin).FullName!, wrongToken, CreateMessageId, 40);

        var error = Assert.Throws<EmulatorConfigurationException>(Start);

        Assert.Contains("public key token 'null'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'0123456789abcdef'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Assembly_MissingFileIsReported()
    {
        _solution.WriteAssembly(TestAssembly);
        _solution.WriteStep(typeof(TraceContextPlugin).FullName!, TestAssembly, CreateMessageId, 40);
        var emptyFolder = Path.Combine(_solution.Path, "Other");

        var error = Assert.Throws<EmulatorConfigurationException>(() => DataverseEmulator.Start(new EmulatorOptions
        {
            SolutionDirectory = _solution.Path,
            PluginAssemblyDirectory = emptyFolder,
        }));

        Assert.Contains("was not found at", error.Message, StringComparison.Ordinal);
        Assert.Contains("Cor.Emulator.Tests.dll", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Steps_CanBeSkipped()
    {
        _solution.WriteAssembly(TestAssembly);
        _solution.WriteStep(typeof(TraceContextPlugin).FullName!, TestAssembly, CreateMessageId, 40);
        using var emulator = DataverseEmulator.Start(new EmulatorOptions
        {
            SolutionDirectory = _solution.Path,
            LoadSolutionSteps = false,
        });

        emulator.Service.CreateWidget("Widget");

        Assert.Empty(emulator.Executions);
    }

    private DataverseEmulator Start() => DataverseEmulator.Start(new EmulatorOptions
    {
        SolutionDirectory = _solution.Path,
        PluginAssemblyDirectory = AppContext.BaseDirectory,
    });
}
