using System;
using System.Collections.Generic;
using System.IO;

namespace Cor.Emulator;

/// <summary>
/// Settings of one <see cref="DataverseEmulator"/>.
/// </summary>
public sealed class EmulatorOptions
{
    /// <summary>Folder of the unpacked solution source (the one holding Other/Solution.xml), or null for built-in tables only.</summary>
    public string? SolutionDirectory { get; init; }

    /// <summary>Folder holding the built plugin assemblies that the solution registers, such as Cor.Plugins.dll.</summary>
    public string? PluginAssemblyDirectory { get; init; }

    /// <summary>SQLite database file; null keeps the data in memory for the emulator's lifetime.</summary>
    public string? DatabasePath { get; init; }

    /// <summary>The emulator's clock: createdon, modifiedon and OperationCreatedOn come from it.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Id of the systemuser that <see cref="DataverseEmulator.Service"/> calls as.</summary>
    public Guid CallerId { get; init; } = new("7d1d4c4e-54a2-4f3a-9d55-3c0f0e3c2a01");

    /// <summary>Loads the steps in solution/SdkMessageProcessingSteps; false uses only the solution's metadata.</summary>
    public bool LoadSolutionSteps { get; init; } = true;

    public string OrganizationName { get; init; } = "emulator";

    /// <summary>
    /// Adds the platform columns (record id, createdon, createdby, modifiedon, modifiedby, ownerid, statecode,
    /// statuscode) to Target before PreOperation, as a trace captured from Dataverse shows. False adds them in the
    /// main operation, so only PostOperation steps see them. Published sources disagree on which is right.
    /// </summary>
    public bool PlatformColumnsInPreOperationTarget { get; init; }

    /// <summary>Checks every option and returns one message per problem; an empty list means the options are valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (SolutionDirectory is not null && !Directory.Exists(SolutionDirectory))
        {
            problems.Add($"SolutionDirectory '{Path.GetFullPath(SolutionDirectory)}' does not exist.");
        }

        if (PluginAssemblyDirectory is not null && !Directory.Exists(PluginAssemblyDirectory))
        {
            problems.Add($"PluginAssemblyDirectory '{Path.GetFullPath(PluginAssemblyDirectory)}' does not exist.");
        }

        var databaseFolder = DatabasePath is null ? null : Path.GetDirectoryName(Path.GetFullPath(DatabasePath));
        if (databaseFolder is not null && !Directory.Exists(databaseFolder))
        {
            problems.Add($"The database folder '{databaseFolder}' does not exist. Create it first, because SQLite " +
                $"creates the database file '{Path.GetFullPath(DatabasePath!)}' but not its folder.");
        }

        if (CallerId == Guid.Empty)
        {
            problems.Add("CallerId is Guid.Empty; set the id of the user the default service calls as.");
        }

        return problems;
    }
}
