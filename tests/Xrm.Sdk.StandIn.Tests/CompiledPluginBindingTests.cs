using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace Xrm.Sdk.StandIn.Tests;

/// <summary>
/// Compiles a small plugin against the stand-in and reads its IL metadata, the same references that the real
/// Microsoft.Xrm.Sdk must resolve when Dataverse loads the plugin.
/// </summary>
public sealed class CompiledPluginBindingTests
{
    private const string PluginSource = """
        using System;
        using Microsoft.Xrm.Sdk;

        public sealed class ProbePlugin : IPlugin
        {
            public void Execute(IServiceProvider serviceProvider)
            {
                var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext));
                var tracing = (ITracingService)serviceProvider.GetService(typeof(ITracingService));
                var target = (Entity)context.InputParameters["Target"];
                var hasTarget = context.InputParameters.Contains("Target");
                context.PreEntityImages.TryGetValue("pre", out Entity image);
                var page = new EntityCollection();
                tracing.Trace("{0} {1} {2} {3}", target.Id, hasTarget, page.Entities.Count, image);
            }
        }
        """;

    private static readonly Lazy<MetadataProbe> Probe = new(CompileProbe);

    [Theory]
    [InlineData("get_Item", "Microsoft.Xrm.Sdk.DataCollection`2")]
    [InlineData("Contains", "Microsoft.Xrm.Sdk.DataCollection`2")]
    [InlineData("TryGetValue", "Microsoft.Xrm.Sdk.DataCollection`2")]
    [InlineData("get_InputParameters", "Microsoft.Xrm.Sdk.IExecutionContext")]
    [InlineData("get_PreEntityImages", "Microsoft.Xrm.Sdk.IExecutionContext")]
    [InlineData("get_Entities", "Microsoft.Xrm.Sdk.EntityCollection")]
    [InlineData("get_Count", "System.Collections.ObjectModel.Collection`1")]
    [InlineData("Trace", "Microsoft.Xrm.Sdk.ITracingService")]
    [InlineData("get_Id", "Microsoft.Xrm.Sdk.Entity")]
    public void MemberReference_PointsAtDeclaringType(string member, string expectedParent)
    {
        var parents = Probe.Value.MemberParents.Where(r => r.Member == member).Select(r => r.Parent).ToArray();

        Assert.Equal(expectedParent, Assert.Single(parents));
    }

    [Fact]
    public void AssemblyReference_UsesMicrosoftIdentity()
    {
        var reference = Probe.Value.SdkReference;

        Assert.Equal(new Version(9, 0, 0, 0), reference.Version);
        Assert.Equal("31bf3856ad364e35", Convert.ToHexString(reference.GetPublicKeyToken()!).ToLowerInvariant());
    }

    private static MetadataProbe CompileProbe()
    {
        var compilation = CSharpCompilation.Create(
            "ProbePlugin",
            new[] { CSharpSyntaxTree.ParseText(PluginSource) },
            ReferencePaths().Select(path => MetadataReference.CreateFromFile(path)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        Assert.True(result.Success, string.Join(Environment.NewLine, result.Diagnostics));

        image.Position = 0;
        using var pe = new PEReader(image);
        return MetadataProbe.Read(pe.GetMetadataReader());
    }

    private static IEnumerable<string> ReferencePaths()
    {
        var platform = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
        var paths = platform.Split(Path.PathSeparator).ToList();
        paths.RemoveAll(path => Path.GetFileNameWithoutExtension(path) == "Microsoft.Xrm.Sdk");
        paths.Add(typeof(Entity).Assembly.Location);
        return paths;
    }
}
