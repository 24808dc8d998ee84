using System.Linq;
using Cor.Emulator.Metadata;
using Microsoft.Xrm.Sdk;

namespace Cor.Emulator.Messages.Handlers;

/// <summary>
/// Reads and copies the Targets of CreateMultiple and UpdateMultiple, which must all be of one table.
/// </summary>
internal static class MultipleTargets
{
    public static (string TableName, EntityCollection Targets) Read(OrganizationRequest request, MetadataCatalog catalog)
    {
        var source = RequestParameters.Required<EntityCollection>(request, "Targets");
        var tableName = !string.IsNullOrEmpty(source.EntityName)
            ? source.EntityName
            : source.Entities.FirstOrDefault()?.LogicalName ?? string.Empty;
        var table = catalog.GetTable(tableName);
        var mismatch = source.Entities.FirstOrDefault(e => e.LogicalName != table.LogicalName);
        if (mismatch is not null)
        {
            throw new EmulatorConfigurationException(
                $"{request.RequestName} Targets must all be '{table.LogicalName}' records, but one is '{mismatch.LogicalName}'. " +
                "Send one request per table.");
        }

        var copy = new EntityCollection { EntityName = table.LogicalName };
        foreach (var entity in source.Entities)
        {
            copy.Entities.Add(RequestParameters.Clone(entity));
        }

        return (table.LogicalName, copy);
    }

    /// <summary>Checks every Target against its columns' limits, as Dataverse does before PreValidation.</summary>
    public static void CheckLimits(EntityCollection targets, MetadataCatalog catalog)
    {
        var table = catalog.GetTable(targets.EntityName);
        foreach (var target in targets.Entities)
        {
            ColumnLimits.CheckTarget(table, target);
        }
    }
}
