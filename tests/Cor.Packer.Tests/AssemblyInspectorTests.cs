using System.IO;
using System.Linq;
using Cor.Packer.Assemblies;
using Xunit;

namespace Cor.Packer.Tests;

public sealed class AssemblyInspectorTests
{
    [Fact]
    public void Inspect_ReadsIdentityAndTypes()
    {
        var dll = FixturePlugins.Build(TestPaths.NewTempDirectory());

        var facts = AssemblyInspector.Inspect(dll);

        Assert.Equal("Cor.FixturePlugins, Version=1.0.0.0, Culture=neutral, PublicKeyToken=f1f2d9411d242432",
            facts.FullName);
        Assert.True(facts.IsStrongNameSigned);
        Assert.Equal(".NETFramework,Version=v4.6.2", facts.TargetFramework);
        Assert.True(facts.Types["Cor.Fixture.MeetingPlugin"].ImplementsIPlugin);
        Assert.True(facts.Types["Cor.Fixture.PluginBase"].IsAbstract);
    }

    [Fact]
    public void Inspect_RecordsConstantBeforeCall()
    {
        var dll = FixturePlugins.Build(TestPaths.NewTempDirectory(), "var columns = new ColumnSet(true);");

        var facts = AssemblyInspector.Inspect(dll);

        var site = facts.CallSites.Single(call => call.TargetType == "Microsoft.Xrm.Sdk.Query.ColumnSet");
        Assert.Equal("newobj", site.OpCode);
        Assert.Equal(1, site.PrecedingInt32);
        Assert.Equal("Cor.Fixture.MeetingPlugin.Execute", site.Caller);
    }

    [Fact]
    public void PublicKeyToken_MatchesArchitectureToken()
    {
        var dll = FixturePlugins.Build(TestPaths.NewTempDirectory());

        Assert.Equal("f1f2d9411d242432", AssemblyInspector.Inspect(dll).PublicKeyToken);
        Assert.True(File.Exists(dll));
    }
}
