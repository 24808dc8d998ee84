using System;
using System.IO;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace Cor.Emulator.Tests;

/// <summary>Starts the emulator on the repository's own solution/ folder.</summary>
public sealed class RepositorySolutionTests
{
    [Fact]
    public void Metadata_HasCorTablesAndAccountAdditions()
    {
        using var emulator = StartWithoutSteps();

        Assert.NotNull(emulator.Metadata.FindTable("cor_meeting"));
        Assert.NotNull(emulator.Metadata.GetTable("account").FindColumn("cor_journeystage"));
        var organizer = emulator.Metadata.GetTable("cor_meeting").GetColumn("cor_organizerid");
        Assert.Contains("systemuser", organizer.Targets);
        var account = emulator.Metadata.GetTable("cor_meeting").GetColumn("cor_accountid");
        Assert.Contains("account", account.Targets);
    }

    [Fact]
    public void Meeting_DefaultsToDraft()
    {
        using var emulator = StartWithoutSteps();
        var accountId = emulator.Service.Create(new Entity("account") { ["name"] = "Contoso" });

        var id = emulator.Service.Create(new Entity("cor_meeting")
        {
            ["cor_name"] = "Q3 COR",
            ["cor_accountid"] = new EntityReference("account", accountId),
        });

        var meeting = emulator.Service.Retrieve("cor_meeting", id, new ColumnSet("statecode", "statuscode"));
        Assert.Equal(new OptionSetValue(0), meeting["statecode"]);
        Assert.Equal(new OptionSetValue(1), meeting["statuscode"]);
    }

    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CorDataverse.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("CorDataverse.sln not found above the test folder.");
    }

    private static DataverseEmulator StartWithoutSteps() => DataverseEmulator.Start(new EmulatorOptions
    {
        SolutionDirectory = Path.Combine(RepositoryRoot(), "solution"),
        LoadSolutionSteps = false,
    });
}
