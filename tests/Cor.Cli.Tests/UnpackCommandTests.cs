using System.IO;
using Xunit;

namespace Cor.Cli.Tests;

/// <summary>Runs <c>cor unpack</c> in process on small zips in a temporary folder.</summary>
public sealed class UnpackCommandTests
{
    [Fact]
    public void Unpack_NewFolder_WritesSource()
    {
        using var folder = new TempDirectory();
        var zip = MinimalSolutionZip.Write(folder.Path);
        var target = Path.Combine(folder.Path, "source");

        var result = CliRunner.Run("unpack", zip, target);

        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(Path.Combine(target, "Other", "Solution.xml")));
        Assert.Single(Directory.GetFileSystemEntries(folder.Path, "source*"));
    }

    [Fact]
    public void Unpack_TargetIsFile_ExitsTwo()
    {
        using var folder = new TempDirectory();
        var zip = MinimalSolutionZip.Write(folder.Path);
        var target = Path.Combine(folder.Path, "notes.txt");
        File.WriteAllText(target, "keep me");

        var result = CliRunner.Run("unpack", zip, target);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"the target '{target}' is a file, not a folder.", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
        Assert.Equal("keep me", File.ReadAllText(target));
    }

    [Fact]
    public void Unpack_NonEmptyFolder_ExitsTwo()
    {
        using var folder = new TempDirectory();
        var zip = MinimalSolutionZip.Write(folder.Path);
        var target = Path.Combine(folder.Path, "source");
        var stale = Path.Combine(target, "stale.xml");
        Directory.CreateDirectory(target);
        File.WriteAllText(stale, "<old />");

        var result = CliRunner.Run("unpack", zip, target);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"the folder '{target}' is not empty.", result.Error);
        Assert.Contains("--force", result.Error);
        Assert.True(File.Exists(stale));
        Assert.False(Directory.Exists(Path.Combine(target, "Other")));
    }

    [Fact]
    public void Unpack_Force_RemovesStaleFiles()
    {
        using var folder = new TempDirectory();
        var zip = MinimalSolutionZip.Write(folder.Path);
        var target = Path.Combine(folder.Path, "source");
        Directory.CreateDirectory(Path.Combine(target, "Entities"));
        File.WriteAllText(Path.Combine(target, "Entities", "stale.xml"), "<old />");

        var result = CliRunner.Run("unpack", zip, target, "--force");

        Assert.Equal(0, result.ExitCode);
        Assert.False(Directory.Exists(Path.Combine(target, "Entities")));
        Assert.True(File.Exists(Path.Combine(target, "Other", "Solution.xml")));
    }

    [Fact]
    public void Unpack_ForceWithInvalidZip_KeepsFolder()
    {
        using var folder = new TempDirectory();
        var zip = Path.Combine(folder.Path, "broken.zip");
        File.WriteAllText(zip, "not a zip");
        var target = Path.Combine(folder.Path, "source");
        var kept = Path.Combine(target, "kept.xml");
        Directory.CreateDirectory(target);
        File.WriteAllText(kept, "<kept />");

        var result = CliRunner.Run("unpack", zip, target, "--force");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("is not a valid zip", result.Error);
        Assert.True(File.Exists(kept));
        Assert.Single(Directory.GetFileSystemEntries(folder.Path, "source*"));
    }

    [Fact]
    public void Unpack_ForceWithZipInsideTarget_ExitsTwo()
    {
        using var folder = new TempDirectory();
        var zip = MinimalSolutionZip.Write(folder.Path);

        var result = CliRunner.Run("unpack", zip, folder.Path, "--force");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Move the zip out of the folder first.", result.Error);
        Assert.True(File.Exists(zip));
    }

    [Fact]
    public void Unpack_MissingZip_ExitsTwo()
    {
        using var folder = new TempDirectory();
        var zip = Path.Combine(folder.Path, "missing.zip");

        var result = CliRunner.Run("unpack", zip, Path.Combine(folder.Path, "source"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"the zip '{zip}' does not exist.", result.Error);
    }

    [Fact]
    public void Unpack_MissingArguments_ExitsTwo()
    {
        var result = CliRunner.Run("unpack");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Required argument missing", result.Error);
    }

    [Fact]
    public void Unpack_Help_DocumentsForce()
    {
        var result = CliRunner.Run("unpack", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("--force", result.Output);
        Assert.Contains("Replace the contents of a folder that is not empty.", result.Output);
    }
}
