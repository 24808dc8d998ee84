using System;
using Cor.Emulator.Tests.Plugins;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace Cor.Emulator.Tests;

public sealed class EnvironmentVariableTests
{
    [Fact]
    public void Definition_ImportedWithDefault()
    {
        using var emulator = TestEmulator.Start();

        var definitions = emulator.Service.RetrieveMultiple(new QueryExpression("environmentvariabledefinition")
        {
            ColumnSet = new ColumnSet("schemaname", "defaultvalue"),
        });

        var definition = Assert.Single(definitions.Entities);
        Assert.Equal("test_MaxQuantity", definition["schemaname"]);
        Assert.Equal("10", definition["defaultvalue"]);
    }

    [Fact]
    public void Plugin_ReadsDefaultWithoutValue()
    {
        using var emulator = TestEmulator.Start(TestEmulator.Step<EnvironmentVariablePlugin>("Create", PipelineStage.PreOperation));

        emulator.Service.CreateWidget("Widget");

        Assert.Equal("max=10\n", Assert.Single(emulator.Executions).TraceText);
    }

    [Fact]
    public void SetEnvironmentVariable_OverridesDefault()
    {
        using var emulator = TestEmulator.Start(TestEmulator.Step<EnvironmentVariablePlugin>("Create", PipelineStage.PreOperation));
        emulator.SetEnvironmentVariable("test_MaxQuantity", "25");
        emulator.SetEnvironmentVariable("test_MaxQuantity", "30");

        emulator.Service.CreateWidget("Widget");

        Assert.Equal("max=30\n", Assert.Single(emulator.Executions).TraceText);
        Assert.Single(emulator.Service.RetrieveMultiple(new QueryExpression("environmentvariablevalue")).Entities);
    }

    [Fact]
    public void SetEnvironmentVariable_NullRestoresDefault()
    {
        using var emulator = TestEmulator.Start(TestEmulator.Step<EnvironmentVariablePlugin>("Create", PipelineStage.PreOperation));
        emulator.SetEnvironmentVariable("test_MaxQuantity", "25");
        emulator.SetEnvironmentVariable("test_MaxQuantity", null);

        emulator.Service.CreateWidget("Widget");

        Assert.Equal("max=10\n", Assert.Single(emulator.Executions).TraceText);
        Assert.Empty(emulator.Service.RetrieveMultiple(new QueryExpression("environmentvariablevalue")).Entities);
    }

    [Fact]
    public void SetEnvironmentVariable_UnknownNameListsMatches()
    {
        using var emulator = TestEmulator.Start();

        var error = Assert.Throws<EmulatorConfigurationException>(() => emulator.SetEnvironmentVariable("test_MaxQuantiy", "1"));

        Assert.Contains("'test_MaxQuantity'", error.Message, StringComparison.Ordinal);
    }
}
