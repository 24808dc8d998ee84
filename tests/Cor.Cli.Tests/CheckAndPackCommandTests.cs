using System.IO;
using Xunit;

namespace Cor.Cli.Tests;

/// <summary>Runs <c>cor check</c> and <c>cor pack</c> in process and checks their exit codes and messages.</summary>
public sealed class CheckAndPackCommandTests
{
    [Fact]
    public void Check_MissingTarget_ExitsTwo()
    {
        using var folder = new TempDirectory();
        var missing = Path.Combine(folder.Path, "missing");

        var result = CliRunner.Run("check", missing);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"'{missing}' is neither a zip nor a folder.", result.Error);
    }

    [Fact]
    public void Pack_MissingSolution_ExitsTwo()
    {
        using var folder = new TempDirectory();
        var missing = Path.Combine(folder.Path, "missing");

        var result = CliRunner.Run("pack", "--solution", missing, "--out", Path.Combine(folder.Path, "out"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"the solution folder '{missing}' does not exist.", result.Error);
        Assert.False(Directory.Exists(Path.Combine(folder.Path, "out")));
    }

    [Theory]
    [InlineData("check")]
    [InlineData("pack")]
    public void FolderWithoutManifest_ExitsTwo(string command)
    {
        using var folder = new TempDirectory();
        var output = Path.Combine(folder.Path, "out");
        var source = Path.Combine(folder.Path, "source");
        Directory.CreateDirectory(source);

        var result = command == "check"
            ? CliRunner.Run("check", source)
            : CliRunner.Run("pack", "--solution", source, "--out", output);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"the folder '{source}' has no Other/Solution.xml", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void Check_NotAZip_ExitsOne()
    {
        using var folder = new TempDirectory();
        var zip = Path.Combine(folder.Path, "broken.zip");
        File.WriteAllText(zip, "not a zip");

        var result = CliRunner.Run("check", zip);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{zip} is not a valid zip", result.Error);
        Assert.DoesNotContain(".).", result.Error);
        Assert.Contains($"{zip}: 1 error(s).", result.Output);
    }

    [Fact]
    public void Check_InvalidSettingDefault_ExitsOne()
    {
        using var solution = new TempDirectory();
        CopyDirectory(RepositoryPaths.Solution, solution.Path);
        var minutes = Path.Combine(solution.Path,
            "environmentvariabledefinitions", "cor_MaxMeetingMinutes", "environmentvariabledefinition.xml");
        File.WriteAllText(minutes, File.ReadAllText(minutes).Replace(
            "<defaultvalue>60</defaultvalue>", "<defaultvalue>sixty</defaultvalue>"));

        var result = CliRunner.Run("check", solution.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("cor_MaxMeetingMinutes has the value 'sixty'", result.Error);
        Assert.Contains("[cor-setting-value]", result.Error);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("pack")]
    public void UnknownOption_ExitsTwo(string command)
    {
        var result = CliRunner.Run(command, "--no-such-option");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--no-such-option", result.Error);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("pack")]
    public void Help_ListsBuiltPartOptions(string command)
    {
        var result = CliRunner.Run(command, "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("--plugin-assembly-dir", result.Output);
        Assert.Contains("--control-output", result.Output);
    }

    private static void CopyDirectory(string source, string destination)
    {
        foreach (var directory in Directory.GetDirectories(source, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(directory.Replace(source, destination));
        }

        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, file.Replace(source, destination));
        }
    }
}
