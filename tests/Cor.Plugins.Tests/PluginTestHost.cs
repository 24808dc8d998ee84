using System;
using System.Collections.Generic;
using System.Linq;
using Cor.Emulator;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Cor.Plugins.Tests;

/// <summary>
/// Emulator loaded with the solution in the repository and the built Cor.Plugins.dll, on a fixed clock.
/// </summary>
internal sealed class PluginTestHost : IDisposable
{
    /// <summary>The emulator's clock: the operation time of every request.</summary>
    public static readonly DateTime Now = new(2027, 1, 4, 9, 0, 0, DateTimeKind.Utc);

    private PluginTestHost(DataverseEmulator emulator)
    {
        Emulator = emulator;
    }

    public DataverseEmulator Emulator { get; }

    public IOrganizationService Service => Emulator.Service;

    public static PluginTestHost Start()
    {
        var options = new EmulatorOptions
        {
            SolutionDirectory = RepositoryPaths.Solution,
            PluginAssemblyDirectory = RepositoryPaths.PluginAssemblyDirectory,
            TimeProvider = new FixedTimeProvider(Now),
        };
        return new PluginTestHost(DataverseEmulator.Start(options));
    }

    /// <summary>Sets the current value of an environment variable, as an admin does in the maker portal.</summary>
    public void SetVariable(string schemaName, string value) => Emulator.SetEnvironmentVariable(schemaName, value);

    /// <summary>Returns the runs of one plugin type for one message, in the order they finished.</summary>
    public IReadOnlyList<PluginExecution> ExecutionsOf<TPlugin>(string messageName) =>
        Emulator.Executions
            .Where(e => e.TypeName.StartsWith(typeof(TPlugin).FullName!, StringComparison.Ordinal))
            .Where(e => e.MessageName == messageName)
            .ToList();

    public Entity Retrieve(string table, Guid id, params string[] columns) =>
        Service.Retrieve(table, id, new ColumnSet(columns));

    /// <summary>Returns the stored cor_durationminutes of the meeting.</summary>
    public int? MeetingDuration(Guid meetingId) =>
        Retrieve("cor_meeting", meetingId, "cor_durationminutes").GetAttributeValue<int?>("cor_durationminutes");

    /// <summary>Returns how many records the table contains.</summary>
    public int Count(string table)
    {
        var query = new QueryExpression(table) { ColumnSet = new ColumnSet(false) };
        return Service.RetrieveMultiple(query).Entities.Count;
    }

    public void Dispose() => Emulator.Dispose();
}
