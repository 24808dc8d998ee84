using System.IO;
using System.Linq;
using Xunit;

namespace Cor.Cli.Tests;

/// <summary>Runs <c>cor demo</c> in process against the real emulator and the built plugin assembly.</summary>
public sealed class DemoCommandTests : IClassFixture<DemoRunFixture>
{
    private readonly CliResult defaultRun;

    public DemoCommandTests(DemoRunFixture fixture)
    {
        defaultRun = fixture.Result;
    }

    [Fact]
    public void Demo_FullScenario_ExitsZero()
    {
        var result = defaultRun;

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        Assert.DoesNotContain("UNEXPECTED", result.Output);
        Assert.Contains(result.OutputLines, l => l.StartsWith("Done: all ") && l.Contains(" steps were accepted or rejected"));
    }

    [Fact]
    public void Demo_FullScenario_NumbersEveryStep()
    {
        var result = defaultRun;

        var numbers = result.OutputLines
            .Where(l => l.Length > 4 && l[3] == '.' && char.IsDigit(l[2]))
            .Select(l => int.Parse(l[..3].Trim()))
            .ToList();
        Assert.Equal(Enumerable.Range(1, numbers.Count), numbers);
        Assert.True(numbers.Count >= 20, $"The demo printed {numbers.Count} steps; the full lifecycle has at least 20.");
    }

    [Fact]
    public void Demo_MeetingWithoutAgenda_QuotesRejection()
    {
        var result = defaultRun;

        var step = StepBlock(result, "without an agenda");
        Assert.Contains(step, l => l.Contains("[rejected] \"The meeting has no agenda"));
        Assert.DoesNotContain(step, l => l.Contains("rejected the operation"));
    }

    [Fact]
    public void Demo_NinetyMinuteMeeting_IsRejected()
    {
        var result = defaultRun;

        var step = StepBlock(result, "scheduled for 90 minutes");
        Assert.Contains(step, l => l.Contains("[rejected] \"The meeting is scheduled for 90 minutes"));
    }

    [Fact]
    public void Demo_RenameWithUnchangedAgenda_TracesSkip()
    {
        var result = defaultRun;

        var step = StepBlock(result, "sending the unchanged agenda");
        Assert.Contains(step, l => l.Contains("[accepted]"));
        Assert.Contains(step, l => l.StartsWith("     trace of MeetingPlugin on Update of cor_meeting, stage 20:"));
        Assert.Contains(step, l => l.StartsWith("         Skipped: The update changes none of the rule columns"));
    }

    [Fact]
    public void Demo_PlanningWithoutCustomer_IsRejectedThenAccepted()
    {
        var result = defaultRun;

        var rejected = StepBlock(result, "Planned while no customer attends");
        Assert.Contains(rejected, l => l.Contains("[rejected]") && l.Contains("none on the customer"));
        var accepted = StepBlock(result, "Set the status to Planned again");
        Assert.Contains(accepted, l => l.Contains("[accepted]"));
        Assert.Contains(accepted, l => l.Contains("Recorded a breach of PlanningLeadTime in cor_leadtimebreachedon"));
    }

    [Fact]
    public void Demo_Completion_ListsRecordedBreaches()
    {
        var result = defaultRun;

        var step = StepBlock(result, "Read the breaches recorded");
        Assert.Contains(step, l => l.Contains("- cor_leadtimebreachedon: 20"));
        Assert.Contains(step, l => l.Contains("- cor_confirmationbreachedon: 20"));
        Assert.Contains(step, l => l.Contains("- cor_deckreviewbreachedon: empty"));
        Assert.Contains(step, l => l.Contains("- cor_followupbreachedon: empty"));
    }

    [Fact]
    public void Demo_SkippingPlanned_IsRejected()
    {
        var step = StepBlock(defaultRun, "straight to Confirmed, skipping Planned");

        Assert.Contains(step, l => l.Contains("[rejected] \"A COR meeting cannot move from Draft to Confirmed."));
    }

    [Fact]
    public void Demo_FeedbackScoreOutOfRange_IsRejected()
    {
        var rejected = StepBlock(defaultRun, "feedback with the score 90, a typo");
        var titleIndex = System.Array.IndexOf(defaultRun.OutputLines, rejected[0]);
        var next = defaultRun.OutputLines[(titleIndex + rejected.Length)..];

        Assert.Contains(
            rejected, l => l.Contains("[rejected] \"A validation error occurred. The value 90 of 'cor_score'"));
        Assert.EndsWith("Enter the customer's feedback with the score 9", next[0]);
        Assert.Equal("     [accepted]", next[1]);
    }

    [Fact]
    public void Demo_FollowUpSentEarly_IsOnTime()
    {
        var step = StepBlock(defaultRun, "sends the follow-up 2 hours after the meeting");

        Assert.Contains(step, l => l.Contains("[accepted]"));
        Assert.Contains(step, l => l.Contains("cor_followupontime yes (set by the plugin)"));
    }

    [Fact]
    public void Demo_CloseMeeting_ListsFollowUpTasks()
    {
        var result = defaultRun;

        var step = StepBlock(result, "Close the meeting with the Custom API cor_CloseMeeting");
        Assert.Contains(step, l => l.Contains("[accepted]"));
        Assert.Contains(step, l => l.Contains("- FollowUpTaskIds lists 5 tasks, and the meeting has 5:"));
        Assert.Contains(step, l => l.Contains("- task \"Plan the rollout to the last two clinics\", due "));
        Assert.Contains(step, l => l.StartsWith("     trace of CloseMeetingPlugin on cor_CloseMeeting of cor_meeting, stage 30:"));
    }

    [Fact]
    public void Demo_WithoutVerbose_HidesEntryLines()
    {
        var result = defaultRun;

        Assert.DoesNotContain("Entered Cor.Plugins.", result.Output);
    }

    [Fact]
    public void Demo_Verbose_PrintsEntryAndExitLines()
    {
        var result = CliRunner.Run("demo", "--solution", RepositoryPaths.Solution, "--verbose");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Entered Cor.Plugins.Meetings.MeetingPlugin.Execute() for Create of cor_meeting", result.Output);
        Assert.Contains("Exiting Cor.Plugins.Meetings.MeetingPlugin.Execute() after ", result.Output);
        Assert.Contains("MeetingPlugin rejected the operation: The meeting has no agenda", result.Output);
    }

    [Fact]
    public void Demo_DatabaseOption_WritesSqliteFile()
    {
        using var folder = new TempDirectory();
        var database = Path.Combine(folder.Path, "demo.db");

        var result = CliRunner.Run("demo", "--solution", RepositoryPaths.Solution, "--database", database);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"  database:        {database}", result.OutputLines);
        Assert.True(new FileInfo(database).Length > 0, $"The demo wrote no data to {database}.");
    }

    [Fact]
    public void Demo_DatabaseInMissingFolder_ExitsTwo()
    {
        using var folder = new TempDirectory();
        var database = Path.Combine(folder.Path, "no-such-folder", "demo.db");

        var result = CliRunner.Run("demo", "--solution", RepositoryPaths.Solution, "--database", database);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"The folder {Path.GetDirectoryName(database)} of the --database file", result.Error);
        Assert.Contains(database, result.Error);
    }

    [Fact]
    public void Demo_MissingSolutionFolder_ExitsTwo()
    {
        using var folder = new TempDirectory();
        var missing = Path.Combine(folder.Path, "no-such-solution");

        var result = CliRunner.Run("demo", "--solution", missing);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"The solution folder {missing} (from --solution) does not exist.", result.Error);
        Assert.Equal(string.Empty, result.Output);
    }

    [Fact]
    public void Demo_FolderWithoutManifest_ExitsTwo()
    {
        using var folder = new TempDirectory();

        var result = CliRunner.Run("demo", "--solution", folder.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"The folder {folder.Path} (from --solution) has no Other", result.Error);
    }

    [Fact]
    public void Demo_MissingPluginAssembly_NamesPathAndBuild()
    {
        using var folder = new TempDirectory();

        var result = CliRunner.Run("demo", "--solution", RepositoryPaths.Solution, "--plugins", folder.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"The plugin assembly {Path.Combine(folder.Path, "Cor.Plugins.dll")} was not found.", result.Error);
        Assert.Contains("dotnet build", result.Error);
    }

    [Fact]
    public void Demo_MissingSampleFile_ExitsTwo()
    {
        using var folder = new TempDirectory();
        CopySamples(folder.Path);
        File.Delete(Path.Combine(folder.Path, "users.json"));

        var result = CliRunner.Run("demo", "--solution", RepositoryPaths.Solution, "--samples", folder.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"The sample file {Path.Combine(folder.Path, "users.json")} does not exist.", result.Error);
    }

    [Fact]
    public void Demo_DatabaseNotSqlite_ExitsTwo()
    {
        using var folder = new TempDirectory();
        var database = Path.Combine(folder.Path, "notes.db");
        File.WriteAllText(database, "plain text, not an SQLite database");

        var result = CliRunner.Run("demo", "--solution", RepositoryPaths.Solution, "--database", database);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"The --database file {database} could not be opened as an SQLite database", result.Error);
        Assert.Contains("'file is not a database'", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Fact]
    public void Demo_DatabaseIsFolder_ExitsTwo()
    {
        using var folder = new TempDirectory();

        var result = CliRunner.Run("demo", "--solution", RepositoryPaths.Solution, "--database", folder.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"The --database path {folder.Path} is a folder, not a file.", result.Error);
    }

    [Fact]
    public void Demo_ChangedRuleLevel_StopsAtUnexpectedStep()
    {
        using var solution = new TempDirectory();
        CopyDirectory(RepositoryPaths.Solution, solution.Path);
        var agendaLevel = Path.Combine(
            solution.Path, "environmentvariabledefinitions", "cor_AgendaRuleLevel", "environmentvariabledefinition.xml");
        File.WriteAllText(agendaLevel, File.ReadAllText(agendaLevel).Replace(
            "<defaultvalue>Enforce</defaultvalue>", "<defaultvalue>Off</defaultvalue>"));

        var result = CliRunner.Run("demo", "--solution", solution.Path);

        Assert.Equal(1, result.ExitCode);
        var step = StepBlock(result, "without an agenda");
        Assert.Contains(step, l => l.Contains("[accepted]"));
        Assert.Contains(step, l => l.Contains("UNEXPECTED: the scenario expects this step to be rejected."));
        Assert.Contains(result.OutputLines, l => l.StartsWith("Stopped at step "));
    }

    /// <summary>Returns the lines of the first step whose title contains the text, up to the next step.</summary>
    private static string[] StepBlock(CliResult result, string titleText)
    {
        var lines = result.OutputLines;
        var start = System.Array.FindIndex(lines, l => IsStepTitle(l) && l.Contains(titleText));
        Assert.True(start >= 0, $"No step title contains '{titleText}'. Output:\n{result.Output}");
        var end = System.Array.FindIndex(lines, start + 1, l => IsStepTitle(l) || l.Length == 0);
        return lines[start..(end < 0 ? lines.Length : end)];
    }

    private static bool IsStepTitle(string line) => line.Length > 4 && line[3] == '.' && char.IsDigit(line[2]);

    private static void CopySamples(string destination)
    {
        foreach (var file in Directory.GetFiles(RepositoryPaths.Samples, "*.json"))
        {
            File.Copy(file, Path.Combine(destination, Path.GetFileName(file)));
        }
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
