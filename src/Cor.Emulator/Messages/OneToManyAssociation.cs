using System;
using System.Linq;
using Cor.Emulator.Metadata;
using Microsoft.Xrm.Sdk;

namespace Cor.Emulator.Messages;

/// <summary>
/// Associate and Disassociate on a one-to-many relationship, done by setting or clearing the lookup column of the
/// referencing records with Update requests.
/// </summary>
/// <remarks>
/// NOTE: the emulator sends Update requests, so steps on Update run and steps on Associate or Disassociate do not.
/// Many-to-many relationships are not supported.
/// </remarks>
internal static class OneToManyAssociation
{
    public static void Apply(
        IOrganizationService service, MetadataCatalog catalog, EntityReference record, Relationship relationship,
        EntityReferenceCollection relatedEntities, bool associate)
    {
        var metadata = Find(catalog, relationship);
        foreach (var related in relatedEntities)
        {
            var (child, parent) = record.LogicalName == metadata.ReferencedTable && related.LogicalName == metadata.ReferencingTable
                ? (related, record)
                : (record, related);
            if (child.LogicalName != metadata.ReferencingTable || parent.LogicalName != metadata.ReferencedTable)
            {
                throw new EmulatorConfigurationException(
                    $"Relationship '{metadata.Name}' links {metadata.ReferencedTable} to {metadata.ReferencingTable}, " +
                    $"but the request pairs {record.LogicalName} with {related.LogicalName}. Use records of those two tables.");
            }

            var update = new Entity(child.LogicalName, child.Id)
            {
                [metadata.ReferencingAttribute] = associate ? new EntityReference(parent.LogicalName, parent.Id) : null!,
            };
            service.Update(update);
        }
    }

    private static RelationshipMetadata Find(MetadataCatalog catalog, Relationship relationship)
    {
        var name = relationship?.SchemaName ?? string.Empty;
        return catalog.Relationships.FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase))
            ?? throw new EmulatorConfigurationException(
                $"No one-to-many relationship named '{name}' is in solution/Other/Relationships. The emulator supports " +
                "Associate and Disassociate only on one-to-many relationships of the solution.");
    }
}
