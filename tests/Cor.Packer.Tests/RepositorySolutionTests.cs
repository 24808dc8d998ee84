using System;
using System.IO;
using System.Linq;
using Cor.Packer.Checks;
using Cor.Packer.Packing;
using Xunit;

namespace Cor.Packer.Tests;

/// <summary>
/// Packs and checks this repository's solution/ folder with the net462 Cor.Plugins.dll, which the test project builds
/// through its project reference (bin/&lt;Configuration&gt;/net462). The PCF control is packed when its production
/// bundle exists under pcf/out/controls; otherwise the pack must leave it out with a warning.
/// </summary>
public sealed class RepositorySolutionTests
{
    [Fact]
    public void RepositoryZips_PassCheck()
    {
        var output = TestPaths.NewTempDirectory();

        var unmanaged = SolutionPacker.PackToFolder(Options(), PackageKind.Unmanaged, output);
        var managed = SolutionPacker.PackToFolder(Options(), PackageKind.Managed, output);

        CheckAssert.Passes(SolutionChecker.CheckZip(unmanaged.ZipPath));
        CheckAssert.Passes(SolutionChecker.CheckZip(managed.ZipPath));
        Assert.Contains(unmanaged.Result.Entries, entry => entry.Name.EndsWith("/CorPlugins.dll",
            StringComparison.Ordinal));
        Assert.DoesNotContain(unmanaged.Result.Entries, entry => entry.Name.Contains("Microsoft.Xrm.Sdk",
            StringComparison.Ordinal));
    }

    [Fact]
    public void RepositorySource_PassesCheckOrOnlyLacksBundle()
    {
        var report = SolutionChecker.CheckFolder(Options());

        var others = report.Diagnostics.Where(diagnostic =>
            !(diagnostic.RuleId == "cor-pcf-control" && diagnostic.Message.Contains("were not found",
                StringComparison.Ordinal)));
        Assert.Empty(others);
    }

    [Fact]
    public void RepositoryControl_PackedOrReported()
    {
        var options = Options();
        var controls = Directory.Exists(Path.Combine(options.SolutionDirectory, "Controls"))
            ? Directory.GetDirectories(Path.Combine(options.SolutionDirectory, "Controls"))
            : [];

        var result = SolutionPacker.Pack(options, PackageKind.Unmanaged);

        foreach (var control in controls.Select(Path.GetFileName))
        {
            var packed = result.Entries.Any(entry => entry.Name == $"Controls/{control}/bundle.js");
            var reported = result.Warnings.Any(warning => warning.Contains(control!, StringComparison.Ordinal));
            Assert.True(packed != reported, $"{control}: packed={packed}, reported={reported}");
        }
    }

    [Fact]
    public void RepositoryPack_IsDeterministic()
    {
        var output = TestPaths.NewTempDirectory();

        var first = SolutionPacker.PackToFolder(Options(), PackageKind.Unmanaged, Path.Combine(output, "a"));
        var second = SolutionPacker.PackToFolder(Options(), PackageKind.Unmanaged, Path.Combine(output, "b"));

        Assert.Equal(File.ReadAllBytes(first.ZipPath), File.ReadAllBytes(second.ZipPath));
    }

    [Fact]
    public void RepositoryRoundTrip_IsByteIdentical()
    {
        var output = TestPaths.NewTempDirectory();
        var first = SolutionPacker.PackToFolder(Options(), PackageKind.Unmanaged, Path.Combine(output, "first"));
        var unpacked = Path.Combine(output, "unpacked");

        SolutionUnpacker.Unpack(first.ZipPath, unpacked);
        var second = SolutionPacker.PackToFolder(
            new PackOptions { SolutionDirectory = unpacked }, PackageKind.Unmanaged, Path.Combine(output, "second"));

        Assert.Equal(File.ReadAllBytes(first.ZipPath), File.ReadAllBytes(second.ZipPath));
    }

    private static PackOptions Options()
    {
        var root = TestPaths.RepositoryRoot;
        var pluginDirectory = Path.Combine(root, "src", "Cor.Plugins", "bin", TestPaths.Configuration, "net462");
        Assert.True(File.Exists(Path.Combine(pluginDirectory, "Cor.Plugins.dll")),
            $"{pluginDirectory}/Cor.Plugins.dll is missing; build it with 'dotnet build src/Cor.Plugins -f net462'.");
        var defaults = RepositoryLayout.DefaultOptions(root);
        return new PackOptions
        {
            SolutionDirectory = defaults.SolutionDirectory,
            PluginAssemblyDirectories = [pluginDirectory],
            ControlOutputDirectories = defaults.ControlOutputDirectories,
        };
    }
}
