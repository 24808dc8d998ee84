using System.IO;
using Cor.Cli.Demo;
using Cor.Cli.Demo.Setup;
using Xunit;

namespace Cor.Cli.Tests;

public sealed class SolutionLocatorTests
{
    [Fact]
    public void Locate_FromNestedFolder_FindsSolutionBesideSln()
    {
        using var root = new TempDirectory();
        File.WriteAllText(Path.Combine(root.Path, "CorDataverse.sln"), string.Empty);
        Directory.CreateDirectory(Path.Combine(root.Path, "solution", "Other"));
        File.WriteAllText(Path.Combine(root.Path, "solution", "Other", "Solution.xml"), "<ImportExportXml />");
        var nested = Directory.CreateDirectory(Path.Combine(root.Path, "src", "Cor.Cli")).FullName;

        var found = SolutionLocator.Locate(null, nested);

        Assert.Equal(Path.Combine(root.Path, "solution"), found);
    }

    [Fact]
    public void Locate_NoSlnAbove_NamesStartFolder()
    {
        using var root = new TempDirectory();

        var exception = Assert.Throws<DemoSetupException>(() => SolutionLocator.Locate(null, root.Path));

        Assert.Contains($"No CorDataverse.sln was found in {root.Path} or any folder above it", exception.Message);
        Assert.Contains("--solution", exception.Message);
    }

    [Fact]
    public void Locate_SlnWithoutSolutionFolder_NamesMissingFolder()
    {
        using var root = new TempDirectory();
        File.WriteAllText(Path.Combine(root.Path, "CorDataverse.sln"), string.Empty);

        var exception = Assert.Throws<DemoSetupException>(() => SolutionLocator.Locate(null, root.Path));

        Assert.Contains($"The solution folder {Path.Combine(root.Path, "solution")} (from CorDataverse.sln)", exception.Message);
    }

    [Fact]
    public void Locate_ExplicitFolder_WinsOverWalk()
    {
        var found = SolutionLocator.Locate(RepositoryPaths.Solution, Path.GetTempPath());

        Assert.Equal(RepositoryPaths.Solution, found);
    }
}
