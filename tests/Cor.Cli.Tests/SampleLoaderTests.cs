using System.IO;
using System.Linq;
using Cor.Cli.Demo;
using Cor.Cli.Demo.Samples;
using Xunit;

namespace Cor.Cli.Tests;

public sealed class SampleLoaderTests
{
    [Fact]
    public void Load_RepositorySamples_ReadsEveryFile()
    {
        var samples = SampleLoader.Load(RepositoryPaths.Samples);

        Assert.Equal("Northwind Health", samples.Account.Name);
        Assert.Equal(SampleJourneyStage.Adoption, samples.Account.JourneyStage);
        Assert.Equal(3, samples.Contacts.Count);
        Assert.Equal(3, samples.Users.Count);
        Assert.Equal(90, samples.Meeting("workshop").DurationMinutes);
        Assert.Null(samples.Meeting("renewal-preparation").Agenda);
    }

    [Fact]
    public void Load_LifecycleMeeting_HasDeckAndAttendees()
    {
        var meeting = SampleLoader.Load(RepositoryPaths.Samples).Meeting("value-realisation");

        Assert.Contains(meeting.Attendees!, a => a.Side == SampleSide.Customer && a.Required && !a.Confirmed);
        Assert.All(meeting.Deck!.Goals, g => Assert.NotEmpty(g.Kpis));
        Assert.NotEqual(meeting.Deck.Author, meeting.Deck.Reviewer);
        Assert.NotEmpty(meeting.NextSteps!);
    }

    [Fact]
    public void Load_UnknownProperty_NamesFile()
    {
        using var folder = CopyOfSamples();
        Rewrite(folder, "account.json", json => json.Replace("\"city\"", "\"town\""));

        var exception = Assert.Throws<DemoSetupException>(() => SampleLoader.Load(folder.Path));

        Assert.Contains($"The sample file {Path.Combine(folder.Path, "account.json")} is invalid", exception.Message);
        Assert.Contains("town", exception.Message);
    }

    [Fact]
    public void Load_UnknownUserKey_ListsEveryReference()
    {
        using var folder = CopyOfSamples();
        Rewrite(folder, "users.json", json => json.Replace("\"key\": \"priya\"", "\"key\": \"pri\""));

        var exception = Assert.Throws<DemoSetupException>(() => SampleLoader.Load(folder.Path));

        Assert.Contains(
            "Meeting 'value-realisation' names the user 'priya' in deck.reviewer, but users.json has no user with that key.",
            exception.Message);
    }

    [Fact]
    public void Load_DuplicateMeetingKey_IsReported()
    {
        using var folder = CopyOfSamples();
        Rewrite(folder, "meetings.json", json => json.Replace("\"key\": \"workshop\"", "\"key\": \"adoption-review\""));

        var exception = Assert.Throws<DemoSetupException>(() => SampleLoader.Load(folder.Path));

        Assert.Contains("meetings.json uses the key 'adoption-review' 2 times", exception.Message);
    }

    [Fact]
    public void Load_MissingFolder_NamesFolder()
    {
        using var folder = new TempDirectory();
        var missing = Path.Combine(folder.Path, "samples");

        var exception = Assert.Throws<DemoSetupException>(() => SampleLoader.Load(missing));

        Assert.Contains($"The samples folder {missing} does not exist.", exception.Message);
    }

    [Fact]
    public void Meeting_UnknownKey_ListsKnownKeys()
    {
        var samples = SampleLoader.Load(RepositoryPaths.Samples);

        var exception = Assert.Throws<DemoSetupException>(() => samples.Meeting("quarterly"));

        var keys = string.Join(", ", samples.Meetings.Select(m => m.Key));
        Assert.Contains($"needs the meeting 'quarterly', but meetings.json has only: {keys}.", exception.Message);
    }

    private static TempDirectory CopyOfSamples()
    {
        var folder = new TempDirectory();
        foreach (var file in Directory.GetFiles(RepositoryPaths.Samples, "*.json"))
        {
            File.Copy(file, Path.Combine(folder.Path, Path.GetFileName(file)));
        }

        return folder;
    }

    private static void Rewrite(TempDirectory folder, string fileName, System.Func<string, string> change)
    {
        var path = Path.Combine(folder.Path, fileName);
        var before = File.ReadAllText(path);
        var after = change(before);
        Assert.NotEqual(before, after);
        File.WriteAllText(path, after);
    }
}
