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

    [Fact]
    public void PartnershipGoal_RankAboveMaxIsRejected()
    {
        using var emulator = StartWithoutSteps();

        var error = Assert.Throws<DataverseFaultException>(() => emulator.Service.Create(
            new Entity("cor_partnershipgoal") { ["cor_name"] = "Grow usage", ["cor_rank"] = 5 }));

        Assert.Contains("The value 5 of 'cor_rank'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Accepted range: 1 to 3.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PartnershipGoal_RankAtMaxIsStored()
    {
        using var emulator = StartWithoutSteps();

        var id = emulator.Service.Create(new Entity("cor_partnershipgoal") { ["cor_name"] = "Grow usage", ["cor_rank"] = 3 });

        Assert.Equal(3, emulator.Service.Retrieve("cor_partnershipgoal", id, new ColumnSet("cor_rank"))["cor_rank"]);
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
