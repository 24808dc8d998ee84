using System.IO;
using Cor.Packer.Packing;
using Xunit;

namespace Cor.Packer.Tests;

public sealed class SolutionUnpackerTests
{
    [Theory]
    [InlineData(PackageKind.Unmanaged)]
    [InlineData(PackageKind.Managed)]
    public void RoundTrip_FixtureIsByteIdentical(PackageKind kind)
    {
        var fixture = FixtureSolution.Create();

        var (first, second) = PackUnpackPack(fixture.Options, fixture.Root, kind);

        Assert.Equal(first, second);
    }

    [Theory]
    [InlineData(PackageKind.Unmanaged)]
    [InlineData(PackageKind.Managed)]
    public void RoundTrip_RealExportIsByteIdentical(PackageKind kind)
    {
        var root = TestPaths.NewTempDirectory();
        var options = new PackOptions { SolutionDirectory = Path.Combine(TestPaths.Fixtures, "PPDSDemo", "src") };

        var (first, second) = PackUnpackPack(options, root, kind);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Unpack_WritesSourceLayout()
    {
        var fixture = FixtureSolution.Create();
        var zip = SolutionPacker.PackToFolder(fixture.Options, PackageKind.Unmanaged, Path.Combine(fixture.Root,
            "out"));
        var target = Path.Combine(fixture.Root, "unpacked");

        var unclaimed = SolutionUnpacker.Unpack(zip.ZipPath, target);

        Assert.Empty(unclaimed);
        string[] expected =
        [
            "Other/Solution.xml",
            "Other/Customizations.xml",
            "Other/Relationships.xml",
            "Other/Relationships/SystemUser.xml",
            "Entities/cor_meeting/Entity.xml",
            "Entities/cor_meeting/RibbonDiff.xml",
            "Entities/cor_meeting/FormXml/main/{3c9e1f20-5a6b-4c7d-8e9f-0a1b2c3d4e5f}.xml",
            "Entities/cor_meeting/SavedQueries/{7d8e9f00-1a2b-4c3d-8e4f-5a6b7c8d9e0f}.xml",
            "OptionSets/cor_journeystage.xml",
            "Roles/COR fixture role.xml",
            FixtureSolution.StepPath,
            FixtureSolution.AssemblyDataPath,
            FixtureSolution.AssemblyDataPath[..^".data.xml".Length],
            "Controls/cor_Cor.JourneyMap/ControlManifest.xml.data.xml",
            "Controls/cor_Cor.JourneyMap/bundle.js",
            "environmentvariabledefinitions/cor_PlanningLeadDays/environmentvariabledefinition.xml",
            "customapis/cor_CloseMeeting/customapi.xml",
        ];
        Assert.All(expected, path => Assert.True(File.Exists(Path.Combine(target, path)), $"{path} was not written"));
    }

    [Fact]
    public void Unpack_KeepsRawFilesByteForByte()
    {
        var fixture = FixtureSolution.Create();
        var zip = SolutionPacker.PackToFolder(fixture.Options, PackageKind.Unmanaged, Path.Combine(fixture.Root,
            "out"));
        var target = Path.Combine(fixture.Root, "unpacked");
        const string variable = "environmentvariabledefinitions/cor_PlanningLeadDays/environmentvariabledefinition.xml";

        SolutionUnpacker.Unpack(zip.ZipPath, target);

        Assert.Equal(File.ReadAllBytes(fixture.PathOf(variable)), File.ReadAllBytes(Path.Combine(target, variable)));
    }

    private static (byte[] First, byte[] Second) PackUnpackPack(PackOptions options, string root, PackageKind kind)
    {
        var first = SolutionPacker.PackToFolder(options, kind, Path.Combine(root, "first"));
        var unpacked = Path.Combine(root, "unpacked");
        SolutionUnpacker.Unpack(first.ZipPath, unpacked);
        var repacked = new PackOptions
        {
            SolutionDirectory = unpacked,
            PluginAssemblyDirectories = options.PluginAssemblyDirectories,
            ControlOutputDirectories = [],
        };
        var second = SolutionPacker.PackToFolder(repacked, kind, Path.Combine(root, "second"));
        return (File.ReadAllBytes(first.ZipPath), File.ReadAllBytes(second.ZipPath));
    }
}
