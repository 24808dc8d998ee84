using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Cor.Packer.Tests;

/// <summary>
/// Compiles the fixture plugin assembly <c>Cor.FixturePlugins</c>, signed with the repository's plugin key, against a
/// minimal <c>Microsoft.Xrm.Sdk</c> compiled here too. The real SDK package cannot be installed on this machine, and
/// the checker only compares type and member names, so these few declarations stand for it.
/// </summary>
internal static class FixturePlugins
{
    public const string AssemblyName = "Cor.FixturePlugins";

    /// <summary>Body of the fixture plugin's Execute method when a test gives none: it names its columns.</summary>
    public const string CleanBody = "var columns = new ColumnSet(\"cor_name\");";

    private const string SdkSource = """
        namespace Microsoft.Xrm.Sdk
        {
            public interface IPlugin { void Execute(System.IServiceProvider serviceProvider); }
            public class OrganizationRequest
            {
                public OrganizationRequest() { }
                public OrganizationRequest(string name) { }
                public string RequestName { get; set; } = "";
            }
        }
        namespace Microsoft.Xrm.Sdk.Query
        {
            public sealed class ColumnSet
            {
                public ColumnSet() { }
                public ColumnSet(bool allColumns) { }
                public ColumnSet(params string[] columns) { }
                public bool AllColumns { get; set; }
            }
        }
        namespace Microsoft.Xrm.Sdk.Messages
        {
            public sealed class ExecuteMultipleRequest : Microsoft.Xrm.Sdk.OrganizationRequest { }
            public sealed class ExecuteTransactionRequest : Microsoft.Xrm.Sdk.OrganizationRequest { }
        }
        namespace Microsoft.Crm.Sdk.Messages
        {
            public sealed class SetStateRequest : Microsoft.Xrm.Sdk.OrganizationRequest { }
            public sealed class AssignRequest : Microsoft.Xrm.Sdk.OrganizationRequest { }
        }
        """;

    private static readonly ConcurrentDictionary<string, byte[]> CompiledPlugins = new(StringComparer.Ordinal);
    private static readonly Lazy<byte[]> CompiledSdk = new(() => Compile("Microsoft.Xrm.Sdk", SdkSource, [],
        sign: false));

    /// <summary>
    /// Writes Cor.FixturePlugins.dll, and the SDK it references under sdk/, into a folder. The text of
    /// <paramref name="executeBody"/> becomes the body of Execute. Each distinct source is compiled once per test run.
    /// </summary>
    public static string Build(
        string directory,
        string executeBody = CleanBody,
        string extraTypes = "",
        string targetFramework = ".NETFramework,Version=v4.6.2",
        bool sign = true)
    {
        var sdkPath = Path.Combine(directory, "sdk", "Microsoft.Xrm.Sdk.dll");
        Directory.CreateDirectory(Path.GetDirectoryName(sdkPath)!);
        File.WriteAllBytes(sdkPath, CompiledSdk.Value);
        var source = $$"""
            [assembly: System.Runtime.Versioning.TargetFramework("{{targetFramework}}")]
            [assembly: System.Reflection.AssemblyVersion("1.0.0.0")]
            namespace Cor.Fixture
            {
                using Microsoft.Xrm.Sdk;
                using Microsoft.Xrm.Sdk.Query;
                public abstract class PluginBase : IPlugin
                {
                    public abstract void Execute(System.IServiceProvider serviceProvider);
                }
                public sealed class MeetingPlugin : PluginBase
                {
                    public override void Execute(System.IServiceProvider serviceProvider)
                    {
                        {{executeBody}}
                    }
                }
                {{extraTypes}}
            }
            """;
        var path = Path.Combine(directory, AssemblyName + ".dll");
        var sdk = MetadataReference.CreateFromImage(CompiledSdk.Value);
        File.WriteAllBytes(path, CompiledPlugins.GetOrAdd(
            $"{sign}|{source}", _ => Compile(AssemblyName, source, [sdk], sign)));
        return path;
    }

    private static byte[] Compile(string name, string source, MetadataReference[] extra, bool sign)
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Select(file => MetadataReference.CreateFromFile(file));
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, deterministic: true);
        if (sign)
        {
            options = options
                .WithCryptoKeyFile(Path.Combine(TestPaths.RepositoryRoot, "src", "Cor.Plugins", "Cor.Plugins.snk"))
                .WithStrongNameProvider(new DesktopStrongNameProvider());
        }

        var compilation = CSharpCompilation.Create(
            name, [CSharpSyntaxTree.ParseText(source)], platform.Concat(extra), options);
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        if (!result.Success)
        {
            throw new InvalidOperationException(
                $"The fixture assembly {name} did not compile: " +
                string.Join(Environment.NewLine,
                    result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        }

        return stream.ToArray();
    }
}
